package org.ephr.server.web;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;

/**
 * FHIR answers an update whose {@code If-Match} version is no longer current with 412 Precondition Failed (R4
 * http.html, "Managing Resource Contention"); HAPI answers 409. Clients written to the specification retry on 412.
 */
@Interceptor
class StaleVersionPreconditionInterceptor {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    BaseServerResponseException toPreconditionFailed(RequestDetails request, Throwable exception) {
        if (exception instanceof ResourceVersionConflictException conflict
                && request.getHeader(Constants.HEADER_IF_MATCH) != null) {
            var preconditionFailed = new PreconditionFailedException(conflict.getMessage());
            preconditionFailed.setOperationOutcome(conflict.getOperationOutcome());
            return preconditionFailed;
        }
        return null;
    }
}

package org.ephr.server.validation;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;

/**
 * A resource that breaks a profile is unprocessable content, 422, as FHIR's http page says for business-rule
 * failures. HAPI's repository validation answers 412; its messages carry the codes HAPI-0574 (validation issues)
 * and HAPI-0575 (missing required profile).
 */
@Interceptor
class ValidationFailureStatusInterceptor {

    private static final String[] REPOSITORY_VALIDATION_CODES = {"HAPI-0574:", "HAPI-0575:"};

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    BaseServerResponseException toUnprocessableEntity(Throwable exception) {
        if (exception instanceof PreconditionFailedException failure && isRepositoryValidation(failure)) {
            var unprocessable = new UnprocessableEntityException(failure.getMessage());
            unprocessable.setOperationOutcome(failure.getOperationOutcome());
            return unprocessable;
        }
        return null;
    }

    private static boolean isRepositoryValidation(PreconditionFailedException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        for (String code : REPOSITORY_VALIDATION_CODES) {
            if (message.contains(code)) {
                return true;
            }
        }
        return false;
    }
}

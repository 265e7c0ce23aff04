package org.ephr.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The audit trail is written by the server alone: no REST client may create, change or delete an AuditEvent, not
 * even inside a transaction. Registered on HAPI's interceptor service so that it sees every write; it lets internal
 * writes (the audit writer's) through. {@link AuditEventProvider} refuses the REST writes that do not reach storage.
 */
@Interceptor
class AuditEventWriteGuard {

    static final String REFUSAL = "AuditEvents are written by the server only; they cannot be created, changed or"
            + " deleted through the API";

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    void created(IBaseResource resource, RequestDetails request) {
        refuseFromClient(resource, request);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    void updated(IBaseResource oldResource, IBaseResource newResource, RequestDetails request) {
        refuseFromClient(newResource, request);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    void deleted(IBaseResource resource, RequestDetails request) {
        refuseFromClient(resource, request);
    }

    private static void refuseFromClient(IBaseResource resource, RequestDetails request) {
        if (request instanceof ServletRequestDetails
                && resource != null
                && "AuditEvent".equals(request.getFhirContext().getResourceType(resource))) {
            throw refusal();
        }
    }

    static MethodNotAllowedException refusal() {
        return new MethodNotAllowedException(REFUSAL);
    }
}

package org.ephr.server.security;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.interceptor.binary.BinarySecurityContextInterceptor;
import org.hl7.fhir.instance.model.api.IBaseBinary;
import org.hl7.fhir.r4.model.Binary;

/**
 * Bulk export files (Binary resources) are shown only to the caller whose export wrote them, as recorded by
 * {@link BulkExportAccess}; a Binary without an owner is shown to no one through the API.
 */
class ExportedFileAccess extends BinarySecurityContextInterceptor {

    ExportedFileAccess(FhirContext fhirContext) {
        super(fhirContext);
    }

    @Override
    protected void applyAccessControl(IBaseBinary binary, RequestDetails request) {
        if (!hasSecurityContext(binary) && !(request instanceof SystemRequestDetails)) {
            handleForbidden(binary);
        }
        super.applyAccessControl(binary, request);
    }

    @Override
    protected boolean securityContextIdentifierAllowed(String system, String value, RequestDetails request) {
        return BulkExportAccess.OWNER_SYSTEM.equals(system)
                && Caller.current().map(Caller::subject).filter(value::equals).isPresent();
    }

    @Override
    protected void handleForbidden(IBaseBinary binary) {
        throw new ForbiddenOperationException("This file belongs to another caller's bulk export");
    }

    private static boolean hasSecurityContext(IBaseBinary binary) {
        return binary instanceof Binary r4 && r4.hasSecurityContext();
    }
}

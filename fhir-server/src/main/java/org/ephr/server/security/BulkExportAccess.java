package org.ephr.server.security;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.provider.ProviderConstants;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Parameters;

/**
 * A bulk export belongs to the caller who started it. At kick-off the job records its owner (who alone may poll,
 * cancel and download it) and a snapshot of the caller, as which consent is applied while the job runs; an export
 * asked for without {@code _type} covers the record types the caller may read rather than every type the server
 * has (which HAPI's bulk export rule would refuse whole).
 */
class BulkExportAccess {

    /** The identifier system of an exported file's owner (Binary.securityContext): the token subject. */
    static final String OWNER_SYSTEM = "https://fhir.migrant-ephr.org/sid/bulk-export-owner";

    private static final String TYPE_PARAMETER = "_type";
    private static final String JOB_ID_PARAMETER = "_jobId";

    private final IJobCoordinator jobs;

    BulkExportAccess(IJobCoordinator jobs) {
        this.jobs = jobs;
    }

    @Hook(Pointcut.STORAGE_PRE_INITIATE_BULK_EXPORT)
    public void limitUnnamedTypesToReadableOnes(BulkExportJobParameters parameters, RequestDetails request) {
        if (!namesTypes(request)) {
            Set<String> readable = AccessPolicy.bulkReadableTypes(AccessPolicy.accessFor(caller()));
            var types = new ArrayList<>(parameters.getResourceTypes());
            types.retainAll(readable);
            parameters.setResourceTypes(types);
        }
    }

    @Hook(Pointcut.STORAGE_INITIATE_BULK_EXPORT)
    public void recordOwner(BulkExportJobParameters parameters) {
        Caller caller = caller();
        parameters.setBinarySecurityContextIdentifierSystem(OWNER_SYSTEM);
        parameters.setBinarySecurityContextIdentifierValue(caller.subject());
        BulkExportJobs.stamp(parameters, caller);
    }

    /** Another caller's export is as unknown as a missing one: no status, no cancelling, no file list. */
    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void onlyOwnerFollowsExport(RequestDetails request, RestOperationTypeEnum operation) {
        if (operation != RestOperationTypeEnum.EXTENDED_OPERATION_SERVER
                || !ProviderConstants.OPERATION_EXPORT_POLL_STATUS.equals(request.getOperation())) {
            return;
        }
        String jobId = jobId(request)
                .orElseThrow(() -> new InvalidRequestException(
                        ProviderConstants.OPERATION_EXPORT_POLL_STATUS + " needs the export's " + JOB_ID_PARAMETER));
        var owner = jobs.getInstance(jobId)
                .getParameters(BulkExportJobParameters.class)
                .getBinarySecurityContextIdentifierValue();
        if (!caller().subject().equals(owner)) {
            throw new ResourceNotFoundException("No bulk export " + jobId + " of yours is known");
        }
    }

    private static boolean namesTypes(RequestDetails request) {
        if (request.getParameters().containsKey(TYPE_PARAMETER)) {
            return true;
        }
        return request.getResource() instanceof Parameters body && body.hasParameter(TYPE_PARAMETER);
    }

    private static Optional<String> jobId(RequestDetails request) {
        String[] values = request.getParameters().get(JOB_ID_PARAMETER);
        if (values != null && values.length > 0) {
            return Optional.of(values[0]);
        }
        if (request.getResource() instanceof Parameters body && body.hasParameter(JOB_ID_PARAMETER)) {
            return Optional.of(body.getParameter(JOB_ID_PARAMETER).getValue().primitiveValue());
        }
        return Optional.empty();
    }

    private static Caller caller() {
        return Caller.current().orElseThrow(() -> new AuthenticationException("A bulk export needs an access token"));
    }
}

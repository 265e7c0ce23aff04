package org.ephr.server.consent;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Optional;
import java.util.Set;

/** The operations that return one patient's whole record: {@code Patient/[id]/$everything}, {@code $summary}, ... */
final class WholeRecordOperations {

    private static final Set<String> OPERATIONS = Set.of("$everything", "$summary", "$printable-summary");

    private WholeRecordOperations() {}

    /** The patient whose whole record the request asks for, if it is such an operation. */
    static Optional<String> patientOf(RequestDetails request) {
        if (request.getRestOperationType() == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE
                && "Patient".equals(request.getResourceName())
                && OPERATIONS.contains(request.getOperation())
                && request.getId() != null
                && request.getId().hasIdPart()) {
            return Optional.of(request.getId().getIdPart());
        }
        return Optional.empty();
    }
}

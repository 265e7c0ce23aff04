package org.ephr.server.consent;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;

/**
 * The patient a request is confined to, where its form alone says so: a whole-record operation on one Patient
 * ({@code $everything}, {@code $summary}), or a search of one type by a single {@code patient} with nothing that
 * reaches beyond it (no includes, no {@code _has}, no chains). Everything such a request returns is that patient's.
 */
final class ConfinedRequests {

    private static final Set<String> WHOLE_RECORD_OPERATIONS = Set.of("$everything", "$summary", "$printable-summary");

    private static final String PATIENT = "patient";
    private static final Set<String> REACHING_BEYOND = Set.of("_include", "_revinclude", "_contained");

    private final FhirContext fhirContext;

    ConfinedRequests(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    Optional<String> patientOf(RequestDetails request) {
        Optional<String> wholeRecordOf = wholeRecordOperationPatient(request);
        if (wholeRecordOf.isPresent()) {
            return wholeRecordOf;
        }
        if (request.getRestOperationType() == RestOperationTypeEnum.SEARCH_TYPE && hasPatientParameter(request)) {
            return singlePatient(request.getParameters());
        }
        return Optional.empty();
    }

    /** The patient of a whole-record operation ({@code Patient/[id]/$everything}, ...), if the request is one. */
    static Optional<String> wholeRecordOperationPatient(RequestDetails request) {
        if (request.getRestOperationType() == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE
                && "Patient".equals(request.getResourceName())
                && WHOLE_RECORD_OPERATIONS.contains(request.getOperation())
                && request.getId() != null
                && request.getId().hasIdPart()) {
            return Optional.of(request.getId().getIdPart());
        }
        return Optional.empty();
    }

    private boolean hasPatientParameter(RequestDetails request) {
        String type = request.getResourceName();
        return type != null
                && fhirContext.getResourceTypes().contains(type)
                && fhirContext.getResourceDefinition(type).getSearchParam(PATIENT) != null;
    }

    private static Optional<String> singlePatient(Map<String, String[]> parameters) {
        String patient = null;
        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (REACHING_BEYOND.contains(name) || name.startsWith("_has") || name.contains(".")) {
                return Optional.empty();
            }
            if (name.startsWith(PATIENT + ":")) {
                return Optional.empty();
            }
            if (name.equals(PATIENT)) {
                String[] values = parameter.getValue();
                if (values.length != 1 || values[0].contains(",")) {
                    return Optional.empty();
                }
                patient = values[0];
            }
        }
        if (patient == null || patient.isBlank()) {
            return Optional.empty();
        }
        IdType id = new IdType(patient);
        if (id.hasResourceType() && !"Patient".equals(id.getResourceType())) {
            return Optional.empty();
        }
        return Optional.ofNullable(id.getIdPart());
    }
}

package org.ephr.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.Test;

class ConfinedRequestsTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private final ConfinedRequests confined = new ConfinedRequests(FHIR);

    @Test
    void everythingOfOnePatientThenConfinedToIt() {
        var request = new SystemRequestDetails();
        request.setRestOperationType(RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE);
        request.setResourceName("Patient");
        request.setOperation("$everything");
        request.setId(new IdType("Patient", "p1"));

        assertThat(confined.patientOf(request)).contains("p1");
    }

    @Test
    void searchBySinglePatientThenConfinedToIt() {
        assertThat(confined.patientOf(search("Observation", Map.of("patient", "Patient/p1", "code", "29463-7"))))
                .contains("p1");
        assertThat(confined.patientOf(search("Immunization", Map.of("patient", "p2", "_count", "50"))))
                .contains("p2");
    }

    @Test
    void searchReachingBeyondThePatientThenNotConfined() {
        assertThat(confined.patientOf(
                        search("Observation", Map.of("patient", "p1", "_include", "Observation:performer"))))
                .isEmpty();
        assertThat(confined.patientOf(
                        search("Observation", Map.of("patient", "p1", "_revinclude", "Provenance:target"))))
                .isEmpty();
        assertThat(confined.patientOf(search("Observation", Map.of("patient", "p1,p2"))))
                .isEmpty();
        assertThat(confined.patientOf(search("Observation", Map.of("patient.family", "Haddad"))))
                .isEmpty();
        assertThat(confined.patientOf(search("Observation", Map.of("patient:missing", "true"))))
                .isEmpty();
        assertThat(confined.patientOf(search("Observation", Map.of("patient", "Group/g1"))))
                .isEmpty();
        assertThat(confined.patientOf(search("Observation", Map.of("subject", "Patient/p1"))))
                .isEmpty();
        assertThat(confined.patientOf(search("Patient", Map.of("_has:Observation:patient:code", "29463-7"))))
                .isEmpty();
    }

    @Test
    void searchOfTypeWithoutPatientParameterThenNotConfined() {
        assertThat(confined.patientOf(search("Organization", Map.of("patient", "p1"))))
                .isEmpty();
    }

    private static SystemRequestDetails search(String type, Map<String, String> parameters) {
        var request = new SystemRequestDetails();
        request.setRestOperationType(RestOperationTypeEnum.SEARCH_TYPE);
        request.setResourceName(type);
        Map<String, String[]> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, new String[] {value}));
        request.setParameters(values);
        return request;
    }
}

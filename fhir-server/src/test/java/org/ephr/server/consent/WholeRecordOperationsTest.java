package org.ephr.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.Test;

class WholeRecordOperationsTest {

    @Test
    void everythingOrSummaryOfOnePatientThenThatPatient() {
        assertThat(WholeRecordOperations.patientOf(operation("Patient", "p1", "$everything")))
                .contains("p1");
        assertThat(WholeRecordOperations.patientOf(operation("Patient", "p2", "$summary")))
                .contains("p2");
    }

    @Test
    void otherOperationOrTypeThenNone() {
        assertThat(WholeRecordOperations.patientOf(operation("Patient", "p1", "$validate")))
                .isEmpty();
        assertThat(WholeRecordOperations.patientOf(operation("Group", "g1", "$everything")))
                .isEmpty();
    }

    private static SystemRequestDetails operation(String type, String id, String name) {
        var request = new SystemRequestDetails();
        request.setRestOperationType(RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE);
        request.setResourceName(type);
        request.setOperation(name);
        request.setId(new IdType(type, id));
        return request;
    }
}

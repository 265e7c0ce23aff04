package org.ephr.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.PostgresServerTestBase;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** {@code $validate} checks a resource without storing it; the CapabilityStatement says what the server does. */
class ValidateOperationIT extends PostgresServerTestBase {

    @Test
    void validateWhenObservationLacksStatusThenErrorNamesTheElementAndNothingIsStored() {
        Observation observation = ClinicalFixtures.bodyWeight(new Reference("Patient/" + UUID.randomUUID()), 70.0);
        observation.setStatus(null);
        long before = storedResourceCount();

        OperationOutcome outcome = validate(observation);

        assertThat(outcome.getIssue())
                .filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR)
                .anySatisfy(issue -> assertThat(issue.getDiagnostics() + issue.getExpression())
                        .contains("Observation.status"));
        assertThat(storedResourceCount()).isEqualTo(before);
    }

    @Test
    void validateWhenObservationIsCompleteThenNoErrors() {
        Observation observation = ClinicalFixtures.bodyWeight(new Reference("Patient/" + UUID.randomUUID()), 70.0);

        OperationOutcome outcome = validate(observation);

        assertThat(outcome.getIssue()).noneMatch(issue -> issue.getSeverity() == IssueSeverity.ERROR);
    }

    @Test
    void capabilityStatementDeclaresTheInteractionsNationalSystemsRelyOn() {
        CapabilityStatement capabilities =
                client().capabilities().ofType(CapabilityStatement.class).execute();

        var rest = capabilities.getRestFirstRep();
        assertThat(rest.getInteraction())
                .extracting(interaction -> interaction.getCode().toCode())
                .contains("transaction", "batch", "history-system");
        var patient = rest.getResource().stream()
                .filter(resource -> resource.getType().equals("Patient"))
                .findFirst()
                .orElseThrow();
        assertThat(patient.getInteraction())
                .extracting(interaction -> interaction.getCode().toCode())
                .contains("read", "vread", "update", "create", "search-type", "history-instance");
        assertThat(patient.getConditionalCreate()).isTrue();
        assertThat(patient.getOperation())
                .extracting(operation -> operation.getName())
                .contains("validate");
    }

    private OperationOutcome validate(Observation observation) {
        return (OperationOutcome)
                client().validate().resource(observation).execute().getOperationOutcome();
    }
}

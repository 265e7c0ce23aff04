package org.ephr.server.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.UUID;
import org.ephr.server.support.ConformanceExamples;
import org.ephr.server.support.PostgresServerTestBase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A write that claims an e-PHR profile is held to it: accepted when it conforms, 422 naming the rule when not. */
class ProfileValidationIT extends PostgresServerTestBase {

    private static final String COUNTRY_OF_ADMINISTRATION =
            "https://fhir.migrant-ephr.org/StructureDefinition/country-of-administration";

    private static boolean examplesStored;

    @BeforeEach
    void storeTheProfileExamplesOnce() {
        if (examplesStored) {
            return;
        }
        examplesStored = true;
        Bundle response = client().transaction()
                .withBundle(ConformanceExamples.asTransaction())
                .execute();
        assertThat(response.getEntry())
                .allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).matches("20[01].*"));
    }

    @Test
    void transactionWhenEveryProfileExampleSentThenAllStoredAndReadableAsSent() {
        Immunization stored = client().read()
                .resource(Immunization.class)
                .withId("migrant-immunization-example")
                .execute();

        assertThat(stored.getMeta().getProfile())
                .extracting(profile -> profile.getValue())
                .contains("https://fhir.migrant-ephr.org/StructureDefinition/migrant-immunization");
        assertThat(stored.getExtensionByUrl(COUNTRY_OF_ADMINISTRATION)).isNotNull();
    }

    @Test
    void createWhenImmunizationLacksCountryOfAdministrationThenUnprocessableNamingTheSliceAndNothingStored() {
        Immunization immunization = ConformanceExamples.byId(Immunization.class, "migrant-immunization-example");
        immunization.setId((String) null);
        immunization.getExtension().removeIf(extension -> extension.getUrl().equals(COUNTRY_OF_ADMINISTRATION));
        long before = storedResourceCount();

        assertThatThrownBy(() -> client().create().resource(immunization).execute())
                .isInstanceOfSatisfying(UnprocessableEntityException.class, error -> {
                    var outcome = (OperationOutcome) error.getOperationOutcome();
                    assertThat(outcome.getIssue()).anySatisfy(issue -> assertThat(issue.getDiagnostics())
                            .contains("Immunization.extension:countryOfAdministration"));
                });
        assertThat(storedResourceCount()).isEqualTo(before);
    }

    @Test
    void transactionWhenOneEntryBreaksItsProfileThenUnprocessableAndNothingWritten() {
        Patient patient = ConformanceExamples.byId(Patient.class, "migrant-patient-example");
        patient.setId((String) null);
        patient.getIdentifier().removeIf(identifier -> identifier.getSystem().endsWith("/sid/ephr-number"));
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.addEntry()
                .setFullUrl("urn:uuid:" + UUID.randomUUID())
                .setResource(patient)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Patient");
        long before = storedResourceCount();

        assertThatThrownBy(() -> client().transaction().withBundle(bundle).execute())
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("ephrNumber");
        assertThat(storedResourceCount()).isEqualTo(before);
    }

    @Test
    void createWhenResourceClaimsNoProfileThenPlainFhirIsAccepted() {
        var patient = new Patient();
        patient.addName().setFamily("Plain");

        assertThat(client().create().resource(patient).execute().getCreated()).isTrue();
    }
}

package org.ephr.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.ephr.server.support.ConformanceExamples;
import org.ephr.server.support.PostgresServerTestBase;
import org.ephr.server.support.RawHttp;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

/** The e-PHR package is installed at start-up: its profiles are announced, stored and usable by {@code $validate}. */
class ConformanceIT extends PostgresServerTestBase {

    private static final String MIGRANT_PATIENT = "https://fhir.migrant-ephr.org/StructureDefinition/migrant-patient";

    @Test
    void capabilityStatementListsTheMigrantProfilesUnderTheirResourceTypes() {
        CapabilityStatement capabilities =
                client().capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(supportedProfiles(capabilities, "Patient")).contains(MIGRANT_PATIENT);
        assertThat(supportedProfiles(capabilities, "Immunization"))
                .contains("https://fhir.migrant-ephr.org/StructureDefinition/migrant-immunization");
        assertThat(supportedProfiles(capabilities, "Observation"))
                .contains(
                        "https://fhir.migrant-ephr.org/StructureDefinition/tb-screening-observation",
                        "https://fhir.migrant-ephr.org/StructureDefinition/screening-lab-observation");
    }

    @Test
    void profileWhenSearchedByCanonicalUrlThenStoredOnceWithASnapshot() {
        var found = client().search()
                .forResource(StructureDefinition.class)
                .where(StructureDefinition.URL.matches().value(MIGRANT_PATIENT))
                .returnBundle(org.hl7.fhir.r4.model.Bundle.class)
                .execute();

        assertThat(found.getEntry()).singleElement().satisfies(entry -> assertThat(
                        ((StructureDefinition) entry.getResource())
                                .getSnapshot()
                                .getElement())
                .isNotEmpty());
    }

    @Test
    void validateWhenPatientLacksEphrNumberThenErrorNamesTheSlice() {
        Patient patient = ConformanceExamples.byId(Patient.class, "migrant-patient-example");
        patient.getIdentifier().removeIf(identifier -> identifier.getSystem().endsWith("/sid/ephr-number"));
        var request = HttpRequest.newBuilder(URI.create(fhirBase() + "/Patient/$validate?profile=" + MIGRANT_PATIENT))
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(FHIR.newJsonParser().encodeResourceToString(patient)))
                .build();

        var outcome = RawHttp.outcome(RawHttp.send(request));

        assertThat(outcome.getIssue())
                .filteredOn(issue -> issue.getSeverity() == IssueSeverity.ERROR)
                .anySatisfy(issue -> assertThat(issue.getDiagnostics()).contains("Patient.identifier:ephrNumber"));
    }

    private static java.util.List<String> supportedProfiles(CapabilityStatement capabilities, String type) {
        return capabilities.getRestFirstRep().getResource().stream()
                .filter(resource -> resource.getType().equals(type))
                .flatMap(resource -> resource.getSupportedProfile().stream())
                .map(profile -> profile.getValue())
                .toList();
    }
}

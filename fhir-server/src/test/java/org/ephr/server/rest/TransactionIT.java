package org.ephr.server.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.UUID;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.PostgresServerTestBase;
import org.ephr.server.support.RawHttp;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** A health-assessment bundle from a national system lands whole or not at all. */
class TransactionIT extends PostgresServerTestBase {

    @Test
    void transactionWithUrnUuidReferencesLandsWholeWithReferencesResolved() {
        String patientUrn = "urn:uuid:" + UUID.randomUUID();
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        add(bundle, patientUrn, ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber()));
        add(bundle, ClinicalFixtures.bodyWeight(new Reference(patientUrn), 58.2));
        add(bundle, ClinicalFixtures.measlesMumpsRubella(new Reference(patientUrn)));
        long before = storedResourceCount();

        Bundle response = client().transaction().withBundle(bundle).execute();

        assertThat(storedResourceCount()).isEqualTo(before + 3);
        assertThat(response.getEntry())
                .allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("201"));
        String patientId = new IdType(response.getEntry().get(0).getResponse().getLocation())
                .toUnqualifiedVersionless()
                .getValue();
        var observation = client().read()
                .resource(Observation.class)
                .withUrl(response.getEntry().get(1).getResponse().getLocation())
                .execute();
        var immunization = client().read()
                .resource(Immunization.class)
                .withUrl(response.getEntry().get(2).getResponse().getLocation())
                .execute();
        assertThat(observation.getSubject().getReference()).isEqualTo(patientId);
        assertThat(immunization.getPatient().getReference()).isEqualTo(patientId);
    }

    @Test
    void transactionWhenOneEntryReferencesUnknownPatientThenNothingIsWritten() {
        String patientUrn = "urn:uuid:" + UUID.randomUUID();
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        add(bundle, patientUrn, ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber()));
        add(bundle, ClinicalFixtures.bodyWeight(new Reference(patientUrn), 58.2));
        add(bundle, ClinicalFixtures.measlesMumpsRubella(new Reference("Patient/" + UUID.randomUUID())));
        long before = storedResourceCount();

        assertThatThrownBy(() -> client().transaction().withBundle(bundle).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, error -> assertThat(error.getStatusCode())
                        .isBetween(400, 499));

        assertThat(storedResourceCount()).isEqualTo(before);
    }

    @Test
    void transactionWhenOneEntryHasImpossibleDateThenRejectedAsBadRequestAndNothingIsWritten() {
        String patientUrn = "urn:uuid:" + UUID.randomUUID();
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        add(bundle, patientUrn, ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber()));
        add(bundle, ClinicalFixtures.bodyWeight(new Reference(patientUrn), 58.2));
        String json = FHIR.newJsonParser()
                .encodeResourceToString(bundle)
                .replace("2026-03-02T09:30:00Z", "2026-13-45T09:30:00Z");
        long before = storedResourceCount();

        var response = RawHttp.post(fhirBase(), "application/fhir+json", json);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                .contains("2026-13-45");
        assertThat(storedResourceCount()).isEqualTo(before);
    }

    @Test
    void batchWhenOneEntryFailsThenTheOthersStillLandAndTheFailureIsReported() {
        var bundle = new Bundle().setType(Bundle.BundleType.BATCH);
        add(bundle, ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber()));
        add(bundle, ClinicalFixtures.bodyWeight(new Reference("Patient/" + UUID.randomUUID()), 70.0));
        long before = storedResourceCount();

        Bundle response = client().transaction().withBundle(bundle).execute();

        assertThat(response.getEntry().get(0).getResponse().getStatus()).startsWith("201");
        assertThat(response.getEntry().get(1).getResponse().getStatus()).matches("4\\d\\d.*");
        assertThat(response.getEntry().get(1).getResponse().getOutcome()).isNotNull();
        assertThat(storedResourceCount()).isEqualTo(before + 1);
        assertThat(response.getEntry().get(0).getResponse().getLocation()).startsWith("Patient/");
    }

    private static void add(Bundle bundle, Resource resource) {
        add(bundle, "urn:uuid:" + UUID.randomUUID(), resource);
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry()
                .setFullUrl(fullUrl)
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
    }
}

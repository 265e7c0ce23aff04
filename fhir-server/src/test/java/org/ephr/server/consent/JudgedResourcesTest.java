package org.ephr.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class JudgedResourcesTest {

    private static final FhirTerser TERSER = FhirContext.forR4Cached().newTerser();

    private final JudgedResources judged = new JudgedResources();

    @Test
    void bundleWhenEveryEntryJudgedThenCovered() {
        Patient patient = patient("p1");
        Observation observation = observationOf("p1");
        judged.add(patient);
        judged.add(observation);

        assertThat(judged.coversEntriesOf(searchset(patient, observation))).isTrue();
    }

    @Test
    void bundleWhenOneEntryNotJudgedThenNotCovered() {
        Patient patient = patient("p1");
        judged.add(patient);

        assertThat(judged.coversEntriesOf(searchset(patient, observationOf("p2"))))
                .isFalse();
    }

    @Test
    void bundleWhenEntryIsAnEqualCopyOfAJudgedResourceThenNotCovered() {
        Patient patient = patient("p1");
        judged.add(patient);

        assertThat(judged.coversEntriesOf(searchset(patient.copy()))).isFalse();
    }

    @Test
    void bundleWhenJudgedEntryHoldsContainedResourcesThenNotCovered() {
        Observation observation = observationOf("p1");
        observation.addContained(patient("p2"));
        judged.add(observation);

        assertThat(judged.coversEntriesOf(searchset(observation))).isFalse();
    }

    @Test
    void bundleWhenEntryIsABundleThenNotCovered() {
        Bundle nested = searchset(patient("p2"));
        judged.add(nested);

        assertThat(judged.coversEntriesOf(searchset(nested))).isFalse();
    }

    @Test
    void bundleWithoutResourcesThenCovered() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addEntry().setFullUrl("urn:uuid:no-resource");

        assertThat(judged.coversEntriesOf(bundle)).isTrue();
    }

    @Test
    void includedWhenAShownResourceRefersToItThenLinked() {
        Patient patient = patient("p1");
        patient.setManagingOrganization(new Reference("Organization/site-jo-amman"));
        judged.add(patient);

        assertThat(judged.linkedToJudged(
                        organization("http://ephr.example/fhir/Organization/site-jo-amman/_history/2"), TERSER))
                .isTrue();
    }

    @Test
    void includedWhenItRefersToAShownResourceThenLinked() {
        judged.add(patient("p1"));
        var provenance = new org.hl7.fhir.r4.model.Provenance();
        provenance.addTarget(new Reference("Patient/p1/_history/3"));

        assertThat(judged.linkedToJudged(provenance, TERSER)).isTrue();
    }

    @Test
    void includedWhenOnlyALeftOutResourceRefersToItThenNotLinked() {
        Patient shown = patient("p1");
        shown.setManagingOrganization(new Reference("Organization/site-de-berlin"));
        judged.add(shown);
        Patient leftOut = patient("p2");
        leftOut.setManagingOrganization(new Reference("Organization/site-jo-amman"));

        assertThat(judged.linkedToJudged(organization("Organization/site-jo-amman"), TERSER))
                .isFalse();
    }

    @Test
    void includedWhenShownLaterThanFirstAskedThenItsReferencesCountToo() {
        assertThat(judged.linkedToJudged(organization("Organization/site-jo-amman"), TERSER))
                .isFalse();
        Patient patient = patient("p1");
        patient.setManagingOrganization(new Reference("Organization/site-jo-amman"));
        judged.add(patient);

        assertThat(judged.linkedToJudged(organization("Organization/site-jo-amman"), TERSER))
                .isTrue();
    }

    private static Bundle searchset(org.hl7.fhir.r4.model.Resource... resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (var resource : resources) {
            bundle.addEntry().setResource(resource);
        }
        return bundle;
    }

    private static Organization organization(String id) {
        Organization organization = new Organization();
        organization.setId(id);
        return organization;
    }

    private static Patient patient(String id) {
        Patient patient = new Patient();
        patient.setId("Patient/" + id);
        return patient;
    }

    private static Observation observationOf(String patientId) {
        Observation observation = new Observation();
        observation.setSubject(new Reference("Patient/" + patientId));
        return observation;
    }
}

package org.ephr.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class JudgedResourcesTest {

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

    private static Bundle searchset(org.hl7.fhir.r4.model.Resource... resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (var resource : resources) {
            bundle.addEntry().setResource(resource);
        }
        return bundle;
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

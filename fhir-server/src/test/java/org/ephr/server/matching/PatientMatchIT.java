package org.ephr.server.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.SecuredServerTestBase;
import org.ephr.synthetic.DuplicateRegistrations;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * A migrant registered twice (pre-departure in Amman, again on arrival) is proposed as a duplicate by
 * {@code Patient/$match} with its reasons, linked by a reviewer, never merged, and found through the link.
 */
class PatientMatchIT extends SecuredServerTestBase {

    private final DuplicateRegistrations registrations = new DuplicateRegistrations(
            new MigrantPopulation(ClinicalFixtures.newPopulationSeed(), LocalDate.of(2026, 10, 31)), 1.0, 0.0);

    @Test
    void matchWhenSamePersonRegisteredAgainThenProposedWithReasonsAndLinkable() {
        storeDemoOrganizations();
        DuplicateRegistrations.Pair pair = firstPair();
        String original = create(pair.original());
        String second = create(pair.other());

        // The second record as stored (with its id): a reviewer asks what else it may be.
        Patient secondAsStored = FHIR.newJsonParser()
                .parseResource(
                        Patient.class,
                        get(tokenOf("dr.amal"), "Patient/" + second).body());
        Bundle matches = match(secondAsStored);

        assertThat(matches.getEntry()).isNotEmpty();
        var best = matches.getEntryFirstRep();
        assertThat(best.getResource().getIdElement().getIdPart()).isEqualTo(original);
        assertThat(best.getSearch()
                        .getExtensionByUrl(PatientMatchOperation.MATCH_GRADE)
                        .getValue()
                        .primitiveValue())
                .isIn("certain", "probable");
        assertThat(best.getSearch().getExtensionsByUrl(PatientMatchOperation.MATCH_REASON))
                .isNotEmpty();
        assertThat(matches.getEntry())
                .as("the record being matched is not its own duplicate")
                .noneMatch(
                        entry -> entry.getResource().getIdElement().getIdPart().equals(second));

        Patient stored = FHIR.newJsonParser()
                .parseResource(
                        Patient.class,
                        get(tokenOf("dr.amal"), "Patient/" + second).body());
        stored.addLink().setType(Patient.LinkType.SEEALSO).setOther(new Reference("Patient/" + original));
        assertThat(put(tokenOf("dr.amal"), "Patient/" + second, stored).statusCode())
                .isEqualTo(200);
        Bundle linked = bundle(get(tokenOf("dr.amal"), "Patient?_id=" + second + "&_include=Patient:link"));
        assertThat(linked.getEntry())
                .extracting(entry -> entry.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrder(second, original);
    }

    @Test
    void matchWhenCandidateNotSharedWithCallerThenNotDisclosed() {
        storeDemoOrganizations();
        DuplicateRegistrations.Pair pair = firstPair();
        create(pair.original());

        Bundle matches = bundleFrom(post(tokenOf("dr.klaus"), "Patient/$match", parameters(pair.other())));

        assertThat(matches.getEntry()).isEmpty();
    }

    /**
     * The first re-registration the matcher grades as likely. Some re-registrations are honestly only "possible"
     * (swapped names, an estimated birth year, no document shown again); how many is measured by
     * DuplicateDetectionQualityTest. This test is about the operation, so it takes one that should be proposed.
     */
    private DuplicateRegistrations.Pair firstPair() {
        var matcher = new PatientMatcher();
        for (long index = 0; index < 100; index++) {
            var other = registrations.reRegistration(index);
            if (other.isEmpty()) {
                continue;
            }
            var pair = new DuplicateRegistrations.Pair(registrations.original(index), other.get());
            MatchGrade grade = matcher.match(pair.original(), pair.other()).grade();
            if (grade == MatchGrade.CERTAIN || grade == MatchGrade.PROBABLE) {
                return pair;
            }
        }
        throw new AssertionError("no likely re-registration among the first 100 people");
    }

    private String create(Patient patient) {
        HttpResponse<String> response = post(tokenOf("dr.amal"), "Patient", patient);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return FHIR.newJsonParser()
                .parseResource(Patient.class, response.body())
                .getIdPart();
    }

    private Bundle match(Patient patient) {
        return bundleFrom(post(tokenOf("dr.amal"), "Patient/$match", parameters(patient)));
    }

    private static Parameters parameters(Patient patient) {
        var parameters = new Parameters();
        parameters.addParameter().setName("resource").setResource(patient.copy());
        return parameters;
    }

    private static Bundle bundleFrom(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FHIR.newJsonParser().parseResource(Bundle.class, response.body());
    }
}

package org.ephr.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ephr.server.support.ClinicalFixtures.EPHR_NUMBER_SYSTEM;

import java.util.UUID;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.PostgresServerTestBase;
import org.ephr.server.support.RawHttp;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** A clinician repeating a search right after a national system wrote a record sees that record. */
class SearchFreshnessIT extends PostgresServerTestBase {

    @Test
    void searchWhenRepeatedRightAfterAWriteThenSeesTheNewRecord() {
        String family = "Fresh-" + UUID.randomUUID();
        String search = "Patient?family=" + family;
        assertThat(searchByUrl(search).getEntry()).isEmpty();

        Patient patient = ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber());
        patient.getNameFirstRep().setFamily(family);
        client().create().resource(patient).execute();

        assertThat(searchByUrl(search).getEntry()).hasSize(1);
    }

    @Test
    void identifierLookupWhenRepeatedThenFindsTheRecordWithoutPersistingASearch() {
        String ephrNumber = ClinicalFixtures.newEphrNumber();
        String search = "Patient?identifier=" + EPHR_NUMBER_SYSTEM + "|" + ephrNumber;
        client().create().resource(ClinicalFixtures.patient(ephrNumber)).execute();
        long persistedSearches = jdbc.queryForObject("select count(*) from hfj_search", Long.class);

        assertThat(searchByUrl(search).getEntry()).hasSize(1);
        assertThat(searchByUrl(search).getEntry()).hasSize(1);

        assertThat(jdbc.queryForObject("select count(*) from hfj_search", Long.class))
                .isEqualTo(persistedSearches);
    }

    @Test
    void identifierLookupWhenBarIsSentUnencodedThenAnsweredLikeAnyFhirSearch() {
        String ephrNumber = ClinicalFixtures.newEphrNumber();
        client().create().resource(ClinicalFixtures.patient(ephrNumber)).execute();

        var response = RawHttp.getVerbatim(port, "/fhir/Patient?identifier=" + EPHR_NUMBER_SYSTEM + "|" + ephrNumber);

        assertThat(response.getKey()).isEqualTo(200);
        assertThat(FHIR.newJsonParser()
                        .parseResource(Bundle.class, response.getValue())
                        .getEntry())
                .hasSize(1);
    }

    private Bundle searchByUrl(String url) {
        return client().search().byUrl(url).returnBundle(Bundle.class).execute();
    }
}

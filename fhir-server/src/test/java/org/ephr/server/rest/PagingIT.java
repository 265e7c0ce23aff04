package org.ephr.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.PostgresServerTestBase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Searches return pages no larger than the configured maximum, and the pages together hold every match. */
class PagingIT extends PostgresServerTestBase {

    private static final int MAX_PAGE_SIZE = 200;
    private static final int DEFAULT_PAGE_SIZE = 20;

    @Test
    void searchWhenCountExceedsMaximumThenPagesAreCappedAndTogetherHoldEveryMatch() {
        String family = "Paging-" + UUID.randomUUID();
        int matches = MAX_PAGE_SIZE + 5;
        storePatientsNamed(family, matches);

        Bundle page = client().search()
                .byUrl("Patient?family=" + family + "&_count=1000")
                .returnBundle(Bundle.class)
                .execute();

        assertThat(page.getEntry()).hasSize(MAX_PAGE_SIZE);
        Set<String> seen = new HashSet<>();
        while (page != null) {
            page.getEntry()
                    .forEach(
                            entry -> seen.add(entry.getResource().getIdElement().getIdPart()));
            page = page.getLink(Bundle.LINK_NEXT) == null
                    ? null
                    : client().loadPage().next(page).execute();
        }
        assertThat(seen).hasSize(matches);
    }

    @Test
    void searchWhenNoCountGivenThenDefaultPageSize() {
        String family = "Paging-" + UUID.randomUUID();
        storePatientsNamed(family, DEFAULT_PAGE_SIZE + 1);

        Bundle page = client().search()
                .byUrl("Patient?family=" + family)
                .returnBundle(Bundle.class)
                .execute();

        assertThat(page.getEntry()).hasSize(DEFAULT_PAGE_SIZE);
        assertThat(page.getLink(Bundle.LINK_NEXT)).isNotNull();
    }

    private void storePatientsNamed(String family, int count) {
        var batch = new Bundle().setType(Bundle.BundleType.BATCH);
        for (int i = 0; i < count; i++) {
            Patient patient = ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber());
            patient.getNameFirstRep().setFamily(family);
            batch.addEntry()
                    .setResource(patient)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Patient");
        }
        client().transaction().withBundle(batch).execute();
    }
}

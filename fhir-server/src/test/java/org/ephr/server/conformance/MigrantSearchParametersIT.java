package org.ephr.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.ephr.server.support.ConformanceExamples;
import org.ephr.server.support.PostgresServerTestBase;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The e-PHR's search parameters find records by what migration health asks about: migration status, arrival,
 * nationality, where a vaccine was given. Each query is pinned to one example record, so the answer is 1 or 0.
 */
class MigrantSearchParametersIT extends PostgresServerTestBase {

    @BeforeEach
    void storeTheProfileExamples() {
        client().transaction().withBundle(ConformanceExamples.asTransaction()).execute();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Patient?_id=migrant-patient-example&migration-status=refugee, 1",
        "Patient?_id=migrant-patient-example&migration-status=returnee, 0",
        "Patient?_id=migrant-patient-example&arrival-date=2023-05-14, 1",
        "Patient?_id=migrant-patient-example&arrival-date=gt2024-01-01, 0",
        "Patient?_id=migrant-patient-example&nationality=urn:iso:std:iso:3166|ER, 1",
        "Patient?_id=migrant-patient-example&nationality=urn:iso:std:iso:3166|SY, 0",
        "Immunization?_id=migrant-immunization-example&country-of-administration=urn:iso:std:iso:3166|IT, 1",
        "Immunization?_id=migrant-immunization-example&country-of-administration=urn:iso:std:iso:3166|DE, 0",
    })
    void searchWhenMigrantParameterGivenThenMatchesOnlyTheRecordsThatHaveIt(String query, int expected) {
        Bundle found = client().search().byUrl(query).returnBundle(Bundle.class).execute();

        assertThat(found.getEntry()).hasSize(expected);
    }
}

package org.ephr.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ephr.server.support.PostgresServerTestBase;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** The synthetic population the demo and the benchmark load is accepted whole, and loading it again adds nothing. */
class DemoPopulationIT extends PostgresServerTestBase {

    private static final MigrantPopulation DEMO = new MigrantPopulation(4242, LocalDate.of(2026, 6, 30)).idempotent();

    @Test
    void loadWhenDemoPeopleSentTwiceThenEveryResourceStoredOnce() {
        List<Bundle> people = DEMO.people(0, 12);
        long expectedResources =
                people.stream().mapToLong(bundle -> bundle.getEntry().size()).sum();
        long before = storedResourceCount();

        people.forEach(person ->
                assertAllCreated(client().transaction().withBundle(person).execute()));
        long afterFirstLoad = storedResourceCount();
        DEMO.people(0, 12)
                .forEach(person -> client().transaction().withBundle(person).execute());

        assertThat(afterFirstLoad - before).isEqualTo(expectedResources);
        assertThat(storedResourceCount()).isEqualTo(afterFirstLoad);
    }

    @Test
    void searchWhenDemoPersonLoadedThenFoundByTheirEphrNumber() {
        client().transaction().withBundle(DEMO.person(40)).execute();

        Bundle found = client().search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER
                        .exactly()
                        .systemAndIdentifier(MigrantPopulation.EPHR_NUMBER_SYSTEM, DEMO.ephrNumber(40)))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(found.getEntry()).hasSize(1);
    }

    private static void assertAllCreated(Bundle response) {
        assertThat(response.getEntry())
                .allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("201"));
    }
}

package org.ephr.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ephr.server.audit.AuditEventQuery.KeyCondition;
import org.ephr.server.audit.AuditSearchKeys.Kind;
import org.h2.jdbcx.JdbcDataSource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The trail's own tables, searched as the REST API and the access log search them (H2; the SQL is PostgreSQL's too). */
class AuditEventStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private AuditEventStore events;
    private AuditChainStore chainStore;
    private AuditChain chain;
    private JdbcTemplate jdbc;

    @BeforeEach
    void emptyTrail() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        chainStore = new AuditChainStore(jdbc);
        chainStore.createTablesIfMissing();
        events = new AuditEventStore(jdbc);
        events.createTablesIfMissing();
        chain = new AuditChain(
                events,
                chainStore,
                new AuditEventHasher(TestAuditEvents.FHIR),
                TestAuditEvents.testKey(),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void searchByPatientWhenReferencedAbsoluteOrRelativeThenFoundEitherWay() {
        chain.append(List.of(readOf("p1", 0), readOf("p2", 1), readOf("p1", 2)));

        assertThat(patientsOf(events.search(AuditEventQuery.byPatient("Patient/p1", false), 0, 10)))
                .containsExactly("p1", "p1");
        assertThat(events.count(AuditEventQuery.byPatient("Patient/p2", false))).isEqualTo(1);
        assertThat(AuditSearchKeys.relative(TestAuditEvents.BASE + "/Patient/p1/_history/3"))
                .isEqualTo("Patient/p1");
    }

    @Test
    void searchWhenNewestFirstAndPagedThenPagesFollowTheRecordedTime() {
        chain.append(List.of(readOf("p1", 0), readOf("p1", 1), readOf("p1", 2), readOf("p1", 3)));

        var newestFirst = AuditEventQuery.byPatient("Patient/p1", true);
        assertThat(minutesOf(events.search(newestFirst, 0, 3))).containsExactly(3, 2, 1);
        assertThat(minutesOf(events.search(newestFirst, 3, 3))).containsExactly(0);
        assertThat(minutesOf(events.search(AuditEventQuery.byPatient("Patient/p1", false), 1, 2)))
                .containsExactly(1, 2);
    }

    @Test
    void searchByTokenWhenCodeAloneOrWithSystemThenBothMatchAndOtherSystemsDoNot() {
        var delete = readOf("p1", 0).setAction(AuditEvent.AuditEventAction.D);
        delete.getSubtypeFirstRep().setCode("delete");
        chain.append(List.of(readOf("p1", 1), delete));

        assertThat(countWhere(Kind.SUBTYPE, "delete")).isEqualTo(1);
        assertThat(countWhere(Kind.SUBTYPE, "http://hl7.org/fhir/restful-interaction|delete"))
                .isEqualTo(1);
        assertThat(countWhere(Kind.SUBTYPE, "http://example.org/other|delete")).isZero();
        assertThat(countWhere(Kind.ACTION, "D")).isEqualTo(1);
        assertThat(countWhere(Kind.OUTCOME, AuditSearchKeys.OUTCOME_SYSTEM + "|0"))
                .isEqualTo(2);
    }

    @Test
    void searchWhenSeveralConditionsThenAllMustHoldAndAnyValueOfOne() {
        var practitioner = readOf("p1", 0);
        practitioner.getAgentFirstRep().setWho(new Reference(TestAuditEvents.BASE + "/Practitioner/dr-1"));
        chain.append(List.of(practitioner, readOf("p2", 1), readOf("p3", 2)));

        var query = new AuditEventQuery(
                Set.of(),
                List.of(
                        new KeyCondition(Kind.PATIENT, Set.of("Patient/p1", "Patient/p2")),
                        new KeyCondition(Kind.AGENT, Set.of("Practitioner/dr-1"))),
                null,
                null,
                false);

        assertThat(patientsOf(events.search(query, 0, 10))).containsExactly("p1");
    }

    @Test
    void searchByDateThenBoundsAreInclusive() {
        chain.append(List.of(readOf("p1", 0), readOf("p1", 1), readOf("p1", 2)));

        var query = new AuditEventQuery(Set.of(), List.of(), T0.plusSeconds(60), T0.plusSeconds(120), false);

        assertThat(minutesOf(events.search(query, 0, 10))).containsExactly(1, 2);
    }

    @Test
    void chainedWithoutEventWhenEventsMissingThenListsTheirPositionsInOrder() {
        chain.append(List.of(readOf("p1", 0), readOf("p2", 1), readOf("p3", 2)));
        var links = chainStore.links(0, 3, 3);
        jdbc.update(
                "DELETE FROM EPHR_AUDIT_EVENT WHERE ID IN (?, ?)",
                links.get(0).resourceId(),
                links.get(2).resourceId());

        assertThat(events.chainedWithoutEvent(0, 10))
                .extracting(AuditEventStore.Orphan::sequence)
                .containsExactly(1L, 3L);
        assertThat(events.chainedWithoutEvent(1, 10))
                .extracting(AuditEventStore.Orphan::sequence)
                .containsExactly(3L);
    }

    private int countWhere(Kind kind, String value) {
        return events.count(
                new AuditEventQuery(Set.of(), List.of(new KeyCondition(kind, Set.of(value))), null, null, false));
    }

    private static AuditEvent readOf(String patient, int minute) {
        return TestAuditEvents.patientRead(patient).setRecorded(Date.from(T0.plusSeconds(60L * minute)));
    }

    private static List<String> patientsOf(List<AuditEventStore.StoredEvent> stored) {
        return stored.stream()
                .map(event -> parse(event)
                        .getEntityFirstRep()
                        .getWhat()
                        .getReferenceElement()
                        .getIdPart())
                .toList();
    }

    private static List<Integer> minutesOf(List<AuditEventStore.StoredEvent> stored) {
        return stored.stream()
                .map(event -> (int) ((event.recorded().getEpochSecond() - T0.getEpochSecond()) / 60))
                .toList();
    }

    private static AuditEvent parse(AuditEventStore.StoredEvent stored) {
        return TestAuditEvents.FHIR.newJsonParser().parseResource(AuditEvent.class, stored.json());
    }
}

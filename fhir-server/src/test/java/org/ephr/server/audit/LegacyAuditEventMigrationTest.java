package org.ephr.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ephr.server.audit.AuditChainVerifier.Problem;
import org.h2.jdbcx.JdbcDataSource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trail written by an earlier server, whose events HAPI stored as resources: the chain links are in place, the
 * events are in HAPI's tables (a mocked DAO here, giving them back as HAPI does, with version and time).
 */
class LegacyAuditEventMigrationTest {

    private final AuditEventHasher hasher = new AuditEventHasher(TestAuditEvents.FHIR);
    private final Map<String, AuditEvent> hapiTable = new HashMap<>();
    private AuditChainStore chainStore;
    private AuditEventStore events;
    private LegacyAuditEventMigration migration;

    @BeforeEach
    void trailOfAnEarlierServer() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        var jdbc = new JdbcTemplate(dataSource);
        chainStore = new AuditChainStore(jdbc);
        chainStore.createTablesIfMissing();
        events = new AuditEventStore(jdbc);
        events.createTablesIfMissing();
        migration = new LegacyAuditEventMigration(
                events, hapiDao(), hasher, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));

        ChainLink head = ChainLink.START;
        for (int i = 1; i <= 3; i++) {
            AuditEvent stored = TestAuditEvents.patientRead("p" + i);
            stored.setIdElement(new IdType("AuditEvent", "legacy-" + i, "1"));
            stored.getMeta().setVersionId("1").setLastUpdated(Date.from(Instant.parse("2026-11-0" + i + "T10:00:00Z")));
            hapiTable.put(stored.getIdPart(), stored);
            head = head.next(stored.getIdPart(), hasher.eventHash(stored), Instant.now());
            chainStore.appendAll(List.of(head));
        }
    }

    @Test
    void runWhenEventsOnlyInHapiTablesThenCopiedAndTheChainStillVerifies() {
        assertThat(migration.run()).isEqualTo(3);

        var report = new AuditChainVerifier(chainStore, events, TestAuditEvents.testKey()).verify();
        assertThat(report.verified()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(3);
        assertThat(events.count(AuditEventQuery.byPatient("Patient/p2", false))).isEqualTo(1);
        assertThat(migration.run()).as("a second start copies nothing").isZero();
    }

    @Test
    void runWhenAnEventIsGoneFromHapiTablesTooThenLeftForTheVerifierToReport() {
        hapiTable.remove("legacy-2");

        assertThat(migration.run()).isEqualTo(2);

        var report = new AuditChainVerifier(chainStore, events, TestAuditEvents.testKey()).verify();
        assertThat(report.breaks()).singleElement().satisfies(found -> {
            assertThat(found.sequence()).isEqualTo(2);
            assertThat(found.problem()).isEqualTo(Problem.EVENT_MISSING);
        });
    }

    @SuppressWarnings("unchecked")
    private IFhirResourceDao<AuditEvent> hapiDao() {
        IFhirResourceDao<AuditEvent> dao = mock(IFhirResourceDao.class);
        when(dao.read(any(IdType.class), any(RequestDetails.class))).thenAnswer(call -> {
            IdType id = call.getArgument(0);
            AuditEvent stored = hapiTable.get(id.getIdPart());
            if (stored == null) {
                throw new ResourceNotFoundException(id);
            }
            return stored.copy();
        });
        return dao;
    }
}

package org.ephr.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.ephr.server.audit.AuditChainVerifier.Break;
import org.ephr.server.audit.AuditChainVerifier.Problem;
import org.h2.jdbcx.JdbcDataSource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain as the writer builds it and the verifier checks it, on an in-memory H2 database (the chain's and the
 * events' tables as on PostgreSQL), with the static test key.
 */
class AuditChainTest {

    private final AuditEventHasher hasher = new AuditEventHasher(TestAuditEvents.FHIR);
    private final CheckpointSigner key = TestAuditEvents.testKey();
    private JdbcTemplate jdbc;
    private AuditChainStore store;
    private AuditEventStore events;
    private AuditChain chain;

    @BeforeEach
    void emptyTrail() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        store = new AuditChainStore(jdbc);
        store.createTablesIfMissing();
        store.createTablesIfMissing();
        events = new AuditEventStore(jdbc);
        events.createTablesIfMissing();
        events.createTablesIfMissing();
        chain = new AuditChain(
                events,
                store,
                hasher,
                key,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                Clock.fixed(Instant.parse("2025-11-21T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void verifyWhenUntouchedThenVerified() {
        appendEvents(5);
        chain.checkpoint();
        appendEvents(2);

        var report = verifier(key).verify();

        assertThat(report.verified()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(7);
        assertThat(report.checkpointsChecked()).isEqualTo(1);
        assertThat(report.lastSequence()).isEqualTo(7);
    }

    @Test
    void appendWhenEventsStoredThenSequenceIsGapFreeAndEachLinkChainsThePrevious() {
        List<String> ids = appendEvents(3);

        List<ChainLink> links = store.links(0, 10, 10);
        assertThat(links).extracting(ChainLink::sequence).containsExactly(1L, 2L, 3L);
        assertThat(links).extracting(ChainLink::resourceId).containsExactlyElementsOf(ids);
        assertThat(links.get(0).chainHash())
                .isEqualTo(AuditEventHasher.chainHash(
                        AuditEventHasher.GENESIS, links.get(0).eventHash()));
        assertThat(links.get(2).chainHash())
                .isEqualTo(AuditEventHasher.chainHash(
                        links.get(1).chainHash(), links.get(2).eventHash()));
        assertThat(links.get(1).eventHash()).isEqualTo(AuditEventHasher.hash(storedJson(ids.get(1))));
        assertThat(links.get(1).eventHash()).isEqualTo(hasher.eventHash(parse(storedJson(ids.get(1)))));
    }

    @Test
    void verifyWhenEventAlteredThenReportsBreakAtItsSequence() {
        List<String> ids = appendEvents(5);
        chain.checkpoint();
        alter(ids.get(2), event -> event.setAction(AuditEvent.AuditEventAction.D));

        var report = verifier(key).verify();

        assertThat(report.verified()).isFalse();
        assertThat(report.breaks())
                .extracting(Break::sequence, Break::resourceId, Break::problem)
                .containsExactly(tuple(3L, ids.get(2), Problem.EVENT_CHANGED));
    }

    @Test
    void verifyWhenEventDeletedThenReportsItMissingAtItsSequence() {
        List<String> ids = appendEvents(4);
        remove(ids.get(1));

        var report = verifier(key).verify();

        assertThat(report.breaks())
                .extracting(Break::sequence, Break::resourceId, Break::problem)
                .containsExactly(tuple(2L, ids.get(1), Problem.EVENT_MISSING));
    }

    @Test
    void verifyWhenEventAndItsLinkRemovedThenReportsTheGap() {
        List<String> ids = appendEvents(4);
        remove(ids.get(2));
        jdbc.update("DELETE FROM EPHR_AUDIT_CHAIN WHERE SEQ = 3");

        var report = verifier(key).verify();

        assertThat(report.breaks())
                .extracting(Break::sequence, Break::problem)
                .containsExactly(tuple(3L, Problem.EVENT_MISSING));
    }

    @Test
    void verifyWhenLinkHashAlteredThenReportsChainLinkBroken() {
        appendEvents(3);
        jdbc.update("UPDATE EPHR_AUDIT_CHAIN SET CHAIN_HASH = ? WHERE SEQ = 2", "00".repeat(32));

        var report = verifier(key).verify();

        // Position 2's own link is wrong, and so is position 3's, which was computed from the original.
        assertThat(report.breaks())
                .extracting(Break::sequence, Break::problem)
                .containsExactly(tuple(2L, Problem.CHAIN_LINK_BROKEN), tuple(3L, Problem.CHAIN_LINK_BROKEN));
    }

    @Test
    void verifyWhenEventAlteredAndChainRecomputedThenTheCheckpointExposesIt() {
        List<String> ids = appendEvents(5);
        chain.checkpoint();
        alter(ids.get(1), event -> event.setOutcome(AuditEvent.AuditEventOutcome._8));
        recomputeChainAsAnAttackerWould();

        var report = verifier(key).verify();

        assertThat(report.breaks())
                .extracting(Break::sequence, Break::problem)
                .containsExactly(tuple(5L, Problem.CHECKPOINT_MISMATCH));
    }

    @Test
    void verifyWhenCheckpointForgedWithAnotherKeyThenReportsSignatureInvalid() {
        List<String> ids = appendEvents(5);
        chain.checkpoint();
        alter(ids.get(1), event -> event.setOutcome(AuditEvent.AuditEventOutcome._8));
        recomputeChainAsAnAttackerWould();
        ChainLink head = store.head();
        Checkpoint forged = TestAuditEvents.otherTestKey().sign(head.sequence(), head.chainHash(), Instant.now());
        jdbc.update(
                "UPDATE EPHR_AUDIT_CHECKPOINT SET CHAIN_HASH = ?, SIGNATURE = ? WHERE SEQ = 5",
                forged.chainHash(),
                forged.signature());

        var report = verifier(key).verify();

        assertThat(report.breaks())
                .extracting(Break::sequence, Break::problem)
                .containsExactly(tuple(5L, Problem.CHECKPOINT_SIGNATURE_INVALID));
    }

    @Test
    void verifyWhenEventsRemovedFromTheEndBeforeACheckpointThenReportsThemMissing() {
        List<String> ids = appendEvents(5);
        chain.checkpoint();
        jdbc.update("DELETE FROM EPHR_AUDIT_CHAIN WHERE SEQ > 3");
        remove(ids.get(3));
        remove(ids.get(4));

        var report = verifier(key).verify();

        assertThat(report.breaks())
                .extracting(Break::sequence, Break::problem)
                .containsExactly(tuple(5L, Problem.EVENT_MISSING));
    }

    @Test
    void verifyWhenCheckpointSignedWithAKeyThisServerDoesNotHoldThenSaysSo() {
        appendEvents(2);
        chain.checkpoint();

        var report = verifier(TestAuditEvents.otherTestKey()).verify();

        assertThat(report.breaks()).extracting(Break::problem).containsExactly(Problem.CHECKPOINT_KEY_UNKNOWN);
    }

    @Test
    void checkpointWhenNothingNewSinceTheLastThenSignsNothingMore() {
        assertThat(chain.checkpoint()).isEmpty();
        appendEvents(2);
        Optional<Checkpoint> first = chain.checkpoint();
        Optional<Checkpoint> again = chain.checkpoint();

        assertThat(again).isEqualTo(first);
        assertThat(store.checkpoints()).hasSize(1);
        assertThat(key.verify(store.checkpoints().get(0))).isTrue();
    }

    private List<String> appendEvents(int count) {
        List<AuditEvent> appended = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            appended.add(TestAuditEvents.patientRead("p" + i));
        }
        long before = store.head().sequence();
        ChainLink head = chain.append(appended);
        return store.links(before, head.sequence(), count).stream()
                .map(ChainLink::resourceId)
                .toList();
    }

    private String storedJson(String id) {
        return events.byId(id).orElseThrow().json();
    }

    private static AuditEvent parse(String json) {
        return TestAuditEvents.FHIR.newJsonParser().parseResource(AuditEvent.class, json);
    }

    /** What someone with write access to the database could do to an event. */
    private void alter(String id, Consumer<AuditEvent> change) {
        AuditEvent event = parse(storedJson(id));
        change.accept(event);
        jdbc.update("UPDATE EPHR_AUDIT_EVENT SET EVENT_JSON = ? WHERE ID = ?", hasher.canonicalForm(event), id);
    }

    private void remove(String id) {
        jdbc.update("DELETE FROM EPHR_AUDIT_EVENT WHERE ID = ?", id);
    }

    /** Whoever can write to the database can recompute every hash after changing an event. */
    private void recomputeChainAsAnAttackerWould() {
        ChainLink previous = ChainLink.START;
        for (ChainLink link : store.links(0, Long.MAX_VALUE, 1000)) {
            String eventHash = AuditEventHasher.hash(storedJson(link.resourceId()));
            ChainLink recomputed = previous.next(link.resourceId(), eventHash, link.recorded());
            jdbc.update(
                    "UPDATE EPHR_AUDIT_CHAIN SET EVENT_HASH = ?, CHAIN_HASH = ? WHERE SEQ = ?",
                    recomputed.eventHash(),
                    recomputed.chainHash(),
                    link.sequence());
            previous = recomputed;
        }
    }

    private AuditChainVerifier verifier(CheckpointSigner verifyingKey) {
        return new AuditChainVerifier(store, events, verifyingKey);
    }
}

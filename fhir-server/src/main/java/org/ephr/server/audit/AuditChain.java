package org.ephr.server.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends events to the trail and signs its head. Each event is stored (in {@link AuditEventStore}) and linked into
 * the chain in the same database transaction, so the trail never holds an event without its link or the reverse.
 * The head is read from the database on every append, not remembered, so a second server instance on the same
 * database makes the append collide and retry instead of forking the chain.
 */
class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

    private final AuditEventStore auditEvents;
    private final AuditChainStore store;
    private final AuditEventHasher hasher;
    private final CheckpointSigner signer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AuditChain(
            AuditEventStore auditEvents,
            AuditChainStore store,
            AuditEventHasher hasher,
            CheckpointSigner signer,
            TransactionTemplate transaction,
            Clock clock) {
        this.auditEvents = auditEvents;
        this.store = store;
        this.hasher = hasher;
        this.signer = signer;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Stores the events in order; returns the new head. All or nothing. Each event gets a random id, and its canonical
     * form is both what is stored and what is hashed, so that the verifier re-hashes exactly the stored text.
     */
    ChainLink append(List<AuditEvent> events) {
        Instant now = clock.instant();
        List<AuditEventStore.StoredEvent> stored = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            String id = UUID.randomUUID().toString();
            Instant recorded = event.hasRecorded() ? event.getRecorded().toInstant() : now;
            stored.add(new AuditEventStore.StoredEvent(
                    id, recorded, now, hasher.canonicalForm(event, id), AuditSearchKeys.of(event)));
        }
        return transaction.execute(status -> {
            ChainLink head = store.head();
            List<ChainLink> links = new ArrayList<>(stored.size());
            for (var event : stored) {
                head = head.next(event.id(), AuditEventHasher.hash(event.json()), now);
                links.add(head);
            }
            // Links first: a second instance that read the same head collides here, before writing any event.
            store.appendAll(links);
            auditEvents.insertAll(stored);
            return head;
        });
    }

    /** Signs the current head unless it is signed already; returns the newest checkpoint, if any. */
    Optional<Checkpoint> checkpoint() {
        ChainLink head = store.head();
        Optional<Checkpoint> last = store.lastCheckpoint();
        if (head.sequence() == 0
                || last.filter(signed -> signed.sequence() >= head.sequence()).isPresent()) {
            return last;
        }
        Checkpoint checkpoint = signer.sign(head.sequence(), head.chainHash(), clock.instant());
        try {
            store.addCheckpoint(checkpoint);
        } catch (DuplicateKeyException signedByAnotherInstance) {
            return store.lastCheckpoint();
        }
        // The log is a second witness, outside the database, of how far the trail had grown.
        log.info(
                "Audit checkpoint: sequence {}, chain hash {}, key {}",
                checkpoint.sequence(),
                checkpoint.chainHash(),
                checkpoint.keyId());
        return Optional.of(checkpoint);
    }
}

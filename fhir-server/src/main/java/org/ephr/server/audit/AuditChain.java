package org.ephr.server.audit;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends events to the trail and signs its head. Each event is stored as an AuditEvent resource and linked into
 * the chain in the same database transaction, so the trail never holds an event without its link or the reverse.
 * The head is read from the database on every append, not remembered, so a second server instance on the same
 * database makes the append collide and retry instead of forking the chain.
 */
class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

    private final IFhirResourceDao<AuditEvent> auditEvents;
    private final AuditChainStore store;
    private final AuditEventHasher hasher;
    private final CheckpointSigner signer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AuditChain(
            IFhirResourceDao<AuditEvent> auditEvents,
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
     * Stores the events in order; returns the new head. All or nothing. Each event is hashed as stored, with the id
     * the server gave it, before the transaction commits. (A create, not an update with an id of our own: an update
     * first looks the id up, and that lookup flushes and dirty-checks the whole batch each time; measured, it made
     * the writer about 40% slower.)
     */
    ChainLink append(List<AuditEvent> events) {
        return transaction.execute(status -> {
            ChainLink head = store.head();
            List<ChainLink> links = new ArrayList<>(events.size());
            for (AuditEvent event : events) {
                AuditEvent stored = hasher.asStored(event);
                // SystemRequestDetails: no REST client is involved, so nothing audits this write in turn.
                IIdType id =
                        auditEvents.create(stored, new SystemRequestDetails()).getId();
                stored.setIdElement(new IdType("AuditEvent", id.getIdPart()));
                head = head.next(id.getIdPart(), hasher.eventHash(stored), clock.instant());
                links.add(head);
            }
            store.appendAll(links);
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

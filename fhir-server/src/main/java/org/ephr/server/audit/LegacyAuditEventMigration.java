package org.ephr.server.audit;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings events that servers before 0.1 stored as HAPI resources into {@link AuditEventStore}, under their own ids.
 * Their chain hashes stay valid: the chain hashed each event's canonical form, which is what the store keeps. An
 * event that is gone from HAPI's tables as well is left missing, for the verifier to report.
 */
class LegacyAuditEventMigration {

    private static final Logger log = LoggerFactory.getLogger(LegacyAuditEventMigration.class);
    private static final int PAGE = 500;

    private final AuditEventStore store;
    private final IFhirResourceDao<AuditEvent> hapiAuditEvents;
    private final AuditEventHasher hasher;
    private final TransactionTemplate transaction;

    LegacyAuditEventMigration(
            AuditEventStore store,
            IFhirResourceDao<AuditEvent> hapiAuditEvents,
            AuditEventHasher hasher,
            TransactionTemplate transaction) {
        this.store = store;
        this.hapiAuditEvents = hapiAuditEvents;
        this.hasher = hasher;
        this.transaction = transaction;
    }

    /** Returns how many events it copied. */
    int run() {
        int copied = 0;
        long after = 0;
        List<AuditEventStore.Orphan> orphans;
        do {
            orphans = store.chainedWithoutEvent(after, PAGE);
            List<AuditEventStore.StoredEvent> found = new ArrayList<>();
            for (var orphan : orphans) {
                legacy(orphan.id()).ifPresent(found::add);
                after = orphan.sequence();
            }
            if (!found.isEmpty()) {
                transaction.executeWithoutResult(status -> store.insertAll(found));
                copied += found.size();
                log.info("Audit trail: {} events copied from HAPI's tables into the trail's own", copied);
            }
        } while (orphans.size() == PAGE);
        return copied;
    }

    private Optional<AuditEventStore.StoredEvent> legacy(String id) {
        AuditEvent event;
        try {
            event = hapiAuditEvents.read(new IdType("AuditEvent", id), new SystemRequestDetails());
        } catch (ResourceNotFoundException | ResourceGoneException gone) {
            return Optional.empty();
        }
        Instant stored = event.getMeta().hasLastUpdated()
                ? event.getMeta().getLastUpdated().toInstant()
                : Instant.now();
        Instant recorded = event.hasRecorded() ? event.getRecorded().toInstant() : stored;
        return Optional.of(new AuditEventStore.StoredEvent(
                id, recorded, stored, hasher.canonicalForm(event), AuditSearchKeys.of(event)));
    }
}

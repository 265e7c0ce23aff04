package org.ephr.server.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-reads the whole trail and checks it: every position present, every link computed from the one before, every
 * event still hashing to what was linked, every checkpoint signed by our key and matching the chain at its
 * position. Reports each break, first position first.
 *
 * <p>What the chain alone proves is limited: whoever can write to the database can also recompute the chain after
 * altering an event. The signed checkpoints close that gap up to the last checkpoint; after it, only the log's copy
 * of each checkpoint and the next signature protect the tail.
 */
class AuditChainVerifier {

    static final int MAX_REPORTED_BREAKS = 100;
    private static final int PAGE = 500;

    enum Problem {
        EVENT_CHANGED("event-changed"),
        EVENT_MISSING("event-missing"),
        CHAIN_LINK_BROKEN("chain-link-broken"),
        CHECKPOINT_SIGNATURE_INVALID("checkpoint-signature-invalid"),
        CHECKPOINT_MISMATCH("checkpoint-mismatch"),
        CHECKPOINT_KEY_UNKNOWN("checkpoint-key-unknown");

        final String code;

        Problem(String code) {
            this.code = code;
        }
    }

    record Break(long sequence, String resourceId, Problem problem, String detail) {}

    /**
     * @param breaks the first {@link #MAX_REPORTED_BREAKS} breaks by position; {@code breakCount} counts them all
     */
    record Report(
            long eventsChecked,
            int checkpointsChecked,
            long lastSequence,
            Optional<Checkpoint> lastCheckpoint,
            List<Break> breaks,
            int breakCount) {

        boolean verified() {
            return breakCount == 0;
        }
    }

    private final AuditChainStore store;
    private final AuditEventStore events;
    private final CheckpointSigner signer;

    AuditChainVerifier(AuditChainStore store, AuditEventStore events, CheckpointSigner signer) {
        this.store = store;
        this.events = events;
        this.signer = signer;
    }

    Report verify() {
        List<Checkpoint> checkpoints = store.checkpoints();
        // Read after the checkpoints: every checkpoint then signs a position at or before this head.
        ChainLink head = store.head();
        List<Break> breaks = new ArrayList<>();
        checkpoints.forEach(checkpoint -> checkSignature(checkpoint, breaks));
        Map<Long, Checkpoint> checkpointAt =
                checkpoints.stream().collect(Collectors.toMap(Checkpoint::sequence, Function.identity()));

        ChainLink previous = ChainLink.START;
        long checked = 0;
        List<ChainLink> page;
        do {
            page = store.links(previous.sequence(), head.sequence(), PAGE);
            Map<String, String> stored =
                    events.jsonByIds(page.stream().map(ChainLink::resourceId).toList());
            for (ChainLink link : page) {
                checkLink(previous, link, breaks);
                checkEvent(link, stored.get(link.resourceId()), breaks);
                Checkpoint checkpoint = checkpointAt.get(link.sequence());
                if (checkpoint != null && !checkpoint.chainHash().equals(link.chainHash())) {
                    breaks.add(new Break(
                            link.sequence(),
                            link.resourceId(),
                            Problem.CHECKPOINT_MISMATCH,
                            "The chain at this position differs from what the checkpoint of " + checkpoint.signedAt()
                                    + " signed: the chain was rewritten"));
                }
                previous = link;
                checked++;
            }
        } while (page.size() == PAGE);

        for (Checkpoint checkpoint : checkpoints) {
            if (checkpoint.sequence() > previous.sequence()) {
                breaks.add(new Break(
                        checkpoint.sequence(),
                        null,
                        Problem.EVENT_MISSING,
                        "The trail ends at " + previous.sequence() + " but a checkpoint signed position "
                                + checkpoint.sequence() + ": events were removed from its end"));
            }
        }
        breaks.sort(Comparator.comparingLong(Break::sequence));
        return new Report(
                checked,
                checkpoints.size(),
                head.sequence(),
                checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.get(checkpoints.size() - 1)),
                List.copyOf(breaks.subList(0, Math.min(breaks.size(), MAX_REPORTED_BREAKS))),
                breaks.size());
    }

    private void checkSignature(Checkpoint checkpoint, List<Break> breaks) {
        if (!checkpoint.keyId().equals(signer.keyId())) {
            breaks.add(new Break(
                    checkpoint.sequence(),
                    null,
                    Problem.CHECKPOINT_KEY_UNKNOWN,
                    "Signed with key " + checkpoint.keyId() + "; this server holds key " + signer.keyId()));
        } else if (!signer.verify(checkpoint)) {
            breaks.add(new Break(
                    checkpoint.sequence(),
                    null,
                    Problem.CHECKPOINT_SIGNATURE_INVALID,
                    "The checkpoint's signature does not match its position, chain hash and time"));
        }
    }

    private static void checkLink(ChainLink previous, ChainLink link, List<Break> breaks) {
        if (link.sequence() != previous.sequence() + 1) {
            breaks.add(new Break(
                    previous.sequence() + 1,
                    null,
                    Problem.EVENT_MISSING,
                    "Positions " + (previous.sequence() + 1) + " to " + (link.sequence() - 1)
                            + " are missing from the chain"));
        } else if (!AuditEventHasher.chainHash(previous.chainHash(), link.eventHash())
                .equals(link.chainHash())) {
            breaks.add(new Break(
                    link.sequence(),
                    link.resourceId(),
                    Problem.CHAIN_LINK_BROKEN,
                    "The chain hash is not the hash of the previous chain hash and this event's hash"));
        }
    }

    /** @param stored the event's stored text, null when it is gone */
    private static void checkEvent(ChainLink link, String stored, List<Break> breaks) {
        if (stored == null) {
            breaks.add(new Break(
                    link.sequence(), link.resourceId(), Problem.EVENT_MISSING, "The AuditEvent is gone or deleted"));
        } else if (!AuditEventHasher.hash(stored).equals(link.eventHash())) {
            breaks.add(new Break(
                    link.sequence(),
                    link.resourceId(),
                    Problem.EVENT_CHANGED,
                    "The AuditEvent no longer has the content that was chained"));
        }
    }
}

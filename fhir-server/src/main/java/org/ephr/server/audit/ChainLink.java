package org.ephr.server.audit;

import java.time.Instant;

/**
 * One position in the audit chain.
 *
 * @param sequence 1, 2, 3, ... without gaps
 * @param resourceId the logical id of the AuditEvent at this position
 * @param eventHash SHA-256 of the event's canonical form, hex
 * @param chainHash SHA-256 of the previous chain hash and this event hash, hex
 * @param recorded when the writer appended it (informational, not hashed)
 */
record ChainLink(long sequence, String resourceId, String eventHash, String chainHash, Instant recorded) {

    /** The position before the first event. */
    static final ChainLink START =
            new ChainLink(0, "", AuditEventHasher.GENESIS, AuditEventHasher.GENESIS, Instant.EPOCH);

    ChainLink next(String nextResourceId, String nextEventHash, Instant now) {
        return new ChainLink(
                sequence + 1, nextResourceId, nextEventHash, AuditEventHasher.chainHash(chainHash, nextEventHash), now);
    }
}

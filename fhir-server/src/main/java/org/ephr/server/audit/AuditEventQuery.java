package org.ephr.server.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ephr.server.audit.AuditSearchKeys.Kind;

/**
 * A search of the audit trail: all conditions must hold; within one condition any value may match.
 *
 * @param ids logical ids, any of them; empty for no condition
 * @param keys conditions on the search keys
 * @param recordedFrom inclusive lower bound of {@code recorded}, or null
 * @param recordedTo inclusive upper bound of {@code recorded}, or null
 * @param newestFirst order by {@code recorded} descending instead of ascending
 */
record AuditEventQuery(
        Set<String> ids, List<KeyCondition> keys, Instant recordedFrom, Instant recordedTo, boolean newestFirst) {

    record KeyCondition(Kind kind, Set<String> anyOf) {
        KeyCondition {
            anyOf = Set.copyOf(anyOf);
        }
    }

    AuditEventQuery {
        ids = Set.copyOf(ids);
        keys = List.copyOf(keys);
    }

    static AuditEventQuery byPatient(String relativePatientReference, boolean newestFirst) {
        return new AuditEventQuery(
                Set.of(),
                List.of(new KeyCondition(Kind.PATIENT, Set.of(relativePatientReference))),
                null,
                null,
                newestFirst);
    }
}

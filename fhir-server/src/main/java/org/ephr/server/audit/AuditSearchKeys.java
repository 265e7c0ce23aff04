package org.ephr.server.audit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;

/**
 * What an AuditEvent can be searched by, as rows of the key table: {@code (kind, value)}. References are kept in
 * their relative form ({@code Patient/123}) whatever base they carry; codes both as {@code code} and as
 * {@code system|code}, so that either form of a token search matches, as in FHIR.
 */
final class AuditSearchKeys {

    enum Kind {
        PATIENT,
        ENTITY,
        AGENT,
        TYPE,
        SUBTYPE,
        ACTION,
        OUTCOME
    }

    record Key(Kind kind, String value) {}

    static final String ACTION_SYSTEM = "http://hl7.org/fhir/audit-event-action";
    static final String OUTCOME_SYSTEM = "http://hl7.org/fhir/audit-event-outcome";

    private AuditSearchKeys() {}

    static Set<Key> of(AuditEvent event) {
        Set<Key> keys = new LinkedHashSet<>();
        for (var agent : event.getAgent()) {
            addReference(keys, Kind.AGENT, agent.getWho());
        }
        for (var entity : event.getEntity()) {
            addReference(keys, Kind.ENTITY, entity.getWhat());
        }
        tokens(keys, Kind.TYPE, List.of(event.getType()));
        tokens(keys, Kind.SUBTYPE, event.getSubtype());
        if (event.hasAction()) {
            tokens(
                    keys,
                    Kind.ACTION,
                    List.of(new Coding(ACTION_SYSTEM, event.getAction().toCode(), null)));
        }
        if (event.hasOutcome()) {
            tokens(
                    keys,
                    Kind.OUTCOME,
                    List.of(new Coding(OUTCOME_SYSTEM, event.getOutcome().toCode(), null)));
        }
        return keys;
    }

    /** {@code Type/id} of a reference in any form (absolute, relative, versioned), or null if it names no type. */
    static String relative(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        IdType id = new IdType(reference);
        return id.hasResourceType() && id.hasIdPart() ? id.getResourceType() + "/" + id.getIdPart() : null;
    }

    private static void addReference(Set<Key> keys, Kind kind, Reference reference) {
        String relative = relative(reference.getReference());
        if (relative == null) {
            return;
        }
        keys.add(new Key(kind, relative));
        // As HAPI's "patient" parameter: agents and entities that are patients.
        if (relative.startsWith("Patient/")) {
            keys.add(new Key(Kind.PATIENT, relative));
        }
    }

    private static void tokens(Set<Key> keys, Kind kind, List<Coding> codings) {
        for (Coding coding : codings) {
            if (!coding.hasCode()) {
                continue;
            }
            keys.add(new Key(kind, coding.getCode()));
            keys.add(new Key(kind, (coding.hasSystem() ? coding.getSystem() : "") + "|" + coding.getCode()));
        }
    }
}

package org.ephr.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The audit events themselves, in two tables of our own beside HAPI's: the event as its canonical JSON (exactly the
 * text the chain hashed), and one row per search key. An event is written once and never changed, so none of what
 * HAPI's storage does per resource (versions, history, a dozen index tables, a Hibernate session) is needed; storing
 * events through HAPI cost the server's reads measurably (docs/performance.md).
 */
class AuditEventStore {

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS EPHR_AUDIT_EVENT ("
                    + " ID VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " RECORDED TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " STORED TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " EVENT_JSON TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS IDX_EPHR_AUDIT_EVENT_REC ON EPHR_AUDIT_EVENT (RECORDED, ID)",
            "CREATE TABLE IF NOT EXISTS EPHR_AUDIT_EVENT_KEY ("
                    + " EVENT_ID VARCHAR(64) NOT NULL,"
                    + " KIND VARCHAR(16) NOT NULL,"
                    + " KEY_VALUE VARCHAR(500) NOT NULL)",
            "CREATE INDEX IF NOT EXISTS IDX_EPHR_AUDIT_KEY ON EPHR_AUDIT_EVENT_KEY (KIND, KEY_VALUE, EVENT_ID)");

    /** Longer values (a code system URL gone wild) are not searchable rather than a failed write. */
    private static final int MAX_KEY_LENGTH = 500;

    /** An event as stored: its id, when it happened, when it was stored, its canonical JSON and its keys. */
    record StoredEvent(String id, Instant recorded, Instant stored, String json, Set<AuditSearchKeys.Key> keys) {}

    /** A chain position whose event is not in this store. */
    record Orphan(long sequence, String id) {}

    private final JdbcTemplate jdbc;

    AuditEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void createTablesIfMissing() {
        SCHEMA.forEach(jdbc::execute);
    }

    /** Two round trips for a whole batch; the caller's transaction makes it all or nothing. */
    void insertAll(Collection<StoredEvent> events) {
        jdbc.batchUpdate(
                "INSERT INTO EPHR_AUDIT_EVENT (ID, RECORDED, STORED, EVENT_JSON) VALUES (?, ?, ?, ?)",
                events.stream()
                        .map(event ->
                                new Object[] {event.id(), utc(event.recorded()), utc(event.stored()), event.json()})
                        .toList());
        List<Object[]> keys = new ArrayList<>();
        for (StoredEvent event : events) {
            for (var key : event.keys()) {
                if (key.value().length() <= MAX_KEY_LENGTH) {
                    keys.add(new Object[] {event.id(), key.kind().name(), key.value()});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO EPHR_AUDIT_EVENT_KEY (EVENT_ID, KIND, KEY_VALUE) VALUES (?, ?, ?)", keys);
    }

    Optional<StoredEvent> byId(String id) {
        return jdbc
                .query("SELECT ID, RECORDED, STORED, EVENT_JSON FROM EPHR_AUDIT_EVENT WHERE ID = ?", this::row, id)
                .stream()
                .findFirst();
    }

    /** The stored text of each of these events that is here, by id: one query for a page of the chain. */
    Map<String, String> jsonByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> json = new HashMap<>();
        jdbc.query(
                "SELECT ID, EVENT_JSON FROM EPHR_AUDIT_EVENT WHERE ID IN (" + placeholders(ids.size()) + ")",
                (RowCallbackHandler) row -> json.put(row.getString("ID"), row.getString("EVENT_JSON")),
                ids.toArray());
        return json;
    }

    List<StoredEvent> search(AuditEventQuery query, int offset, int limit) {
        var where = where(query);
        String direction = query.newestFirst() ? " DESC" : "";
        String sql = "SELECT ID, RECORDED, STORED, EVENT_JSON FROM EPHR_AUDIT_EVENT e" + where.sql()
                + " ORDER BY RECORDED" + direction + ", ID" + direction
                + " OFFSET " + Math.max(0, offset) + " ROWS FETCH NEXT " + Math.max(0, limit) + " ROWS ONLY";
        return jdbc.query(sql, this::row, where.arguments().toArray());
    }

    int count(AuditEventQuery query) {
        var where = where(query);
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM EPHR_AUDIT_EVENT e" + where.sql(),
                Integer.class,
                where.arguments().toArray());
        return count == null ? 0 : count;
    }

    /** Chain positions after {@code afterSequence} whose event is not here, in order, at most {@code limit}. */
    List<Orphan> chainedWithoutEvent(long afterSequence, int limit) {
        return jdbc.query(
                "SELECT c.SEQ, c.RESOURCE_ID FROM EPHR_AUDIT_CHAIN c WHERE c.SEQ > ? AND NOT EXISTS"
                        + " (SELECT 1 FROM EPHR_AUDIT_EVENT e WHERE e.ID = c.RESOURCE_ID) ORDER BY c.SEQ"
                        + " FETCH FIRST " + limit + " ROWS ONLY",
                (row, n) -> new Orphan(row.getLong(1), row.getString(2)),
                afterSequence);
    }

    private record Where(String sql, List<Object> arguments) {}

    private static Where where(AuditEventQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (!query.ids().isEmpty()) {
            conditions.add("e.ID IN (" + placeholders(query.ids().size()) + ")");
            arguments.addAll(query.ids());
        }
        for (var condition : query.keys()) {
            conditions.add("EXISTS (SELECT 1 FROM EPHR_AUDIT_EVENT_KEY k WHERE k.KIND = ? AND k.KEY_VALUE IN ("
                    + placeholders(condition.anyOf().size()) + ") AND k.EVENT_ID = e.ID)");
            arguments.add(condition.kind().name());
            arguments.addAll(condition.anyOf());
        }
        if (query.recordedFrom() != null) {
            conditions.add("e.RECORDED >= ?");
            arguments.add(utc(query.recordedFrom()));
        }
        if (query.recordedTo() != null) {
            conditions.add("e.RECORDED <= ?");
            arguments.add(utc(query.recordedTo()));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), arguments);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private StoredEvent row(ResultSet row, int rowNumber) throws SQLException {
        return new StoredEvent(
                row.getString("ID"),
                row.getObject("RECORDED", OffsetDateTime.class).toInstant(),
                row.getObject("STORED", OffsetDateTime.class).toInstant(),
                row.getString("EVENT_JSON"),
                Set.of());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

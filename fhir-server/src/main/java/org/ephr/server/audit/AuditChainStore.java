package org.ephr.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain and its checkpoints, in two tables of their own beside HAPI's. Plain SQL that PostgreSQL and H2 both
 * accept; the tables are created at start-up if missing. The chain table's primary key on the sequence makes two
 * writers (two server instances) that read the same head collide instead of forking the chain.
 */
class AuditChainStore {

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS EPHR_AUDIT_CHAIN ("
                    + " SEQ BIGINT NOT NULL PRIMARY KEY,"
                    + " RESOURCE_ID VARCHAR(64) NOT NULL,"
                    + " EVENT_HASH CHAR(64) NOT NULL,"
                    + " CHAIN_HASH CHAR(64) NOT NULL,"
                    + " RECORDED TIMESTAMP WITH TIME ZONE NOT NULL)",
            "CREATE UNIQUE INDEX IF NOT EXISTS IDX_EPHR_AUDIT_CHAIN_RES ON EPHR_AUDIT_CHAIN (RESOURCE_ID)",
            "CREATE TABLE IF NOT EXISTS EPHR_AUDIT_CHECKPOINT ("
                    + " SEQ BIGINT NOT NULL PRIMARY KEY,"
                    + " CHAIN_HASH CHAR(64) NOT NULL,"
                    + " SIGNED_AT TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " KEY_ID VARCHAR(64) NOT NULL,"
                    + " SIGNATURE VARCHAR(200) NOT NULL)");

    private static final String LINK_COLUMNS = "SEQ, RESOURCE_ID, EVENT_HASH, CHAIN_HASH, RECORDED";
    private static final String CHECKPOINT_COLUMNS = "SEQ, CHAIN_HASH, SIGNED_AT, KEY_ID, SIGNATURE";

    private final JdbcTemplate jdbc;

    AuditChainStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void createTablesIfMissing() {
        SCHEMA.forEach(jdbc::execute);
    }

    /** The last link, or {@link ChainLink#START} for an empty chain. */
    ChainLink head() {
        return jdbc
                .query(
                        "SELECT " + LINK_COLUMNS + " FROM EPHR_AUDIT_CHAIN ORDER BY SEQ DESC FETCH FIRST 1 ROWS ONLY",
                        AuditChainStore::link)
                .stream()
                .findFirst()
                .orElse(ChainLink.START);
    }

    /** One round trip for a whole batch of links. */
    void appendAll(List<ChainLink> links) {
        jdbc.batchUpdate(
                "INSERT INTO EPHR_AUDIT_CHAIN (" + LINK_COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                links.stream()
                        .map(link -> new Object[] {
                            link.sequence(), link.resourceId(), link.eventHash(), link.chainHash(), utc(link.recorded())
                        })
                        .toList());
    }

    /** Links with {@code after < sequence <= upTo}, in order, at most {@code limit} of them. */
    List<ChainLink> links(long after, long upTo, int limit) {
        return jdbc.query(
                "SELECT " + LINK_COLUMNS + " FROM EPHR_AUDIT_CHAIN WHERE SEQ > ? AND SEQ <= ? ORDER BY SEQ"
                        + " FETCH FIRST " + limit + " ROWS ONLY",
                AuditChainStore::link,
                after,
                upTo);
    }

    Optional<Checkpoint> lastCheckpoint() {
        return jdbc
                .query(
                        "SELECT " + CHECKPOINT_COLUMNS
                                + " FROM EPHR_AUDIT_CHECKPOINT ORDER BY SEQ DESC FETCH FIRST 1 ROWS ONLY",
                        AuditChainStore::checkpoint)
                .stream()
                .findFirst();
    }

    List<Checkpoint> checkpoints() {
        return jdbc.query(
                "SELECT " + CHECKPOINT_COLUMNS + " FROM EPHR_AUDIT_CHECKPOINT ORDER BY SEQ",
                AuditChainStore::checkpoint);
    }

    void addCheckpoint(Checkpoint checkpoint) {
        jdbc.update(
                "INSERT INTO EPHR_AUDIT_CHECKPOINT (" + CHECKPOINT_COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                checkpoint.sequence(),
                checkpoint.chainHash(),
                utc(checkpoint.signedAt()),
                checkpoint.keyId(),
                checkpoint.signature());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ChainLink link(ResultSet row, int rowNumber) throws SQLException {
        return new ChainLink(
                row.getLong("SEQ"),
                row.getString("RESOURCE_ID"),
                row.getString("EVENT_HASH").trim(),
                row.getString("CHAIN_HASH").trim(),
                row.getObject("RECORDED", OffsetDateTime.class).toInstant());
    }

    private static Checkpoint checkpoint(ResultSet row, int rowNumber) throws SQLException {
        return new Checkpoint(
                row.getLong("SEQ"),
                row.getString("CHAIN_HASH").trim(),
                row.getObject("SIGNED_AT", OffsetDateTime.class).toInstant(),
                row.getString("KEY_ID"),
                row.getString("SIGNATURE"));
    }
}

package org.ephr.server.reporting;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ephr.export.AggregateTable;
import org.ephr.export.Dimension;
import org.ephr.export.Granularity;
import org.ephr.export.ReportMeasure;
import org.ephr.export.ReportRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reporting projection: three small tables of our own, kept current in the same transaction as each write
 * ({@link ReportingProjector}), and the one SQL query that counts over them. No SQL here reads HAPI's internal
 * tables, so a HAPI upgrade cannot change a report. Plain SQL that PostgreSQL and H2 both accept.
 */
class ReportingStore {

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS EPHR_REPORT_EVENT ("
                    + " RESOURCE_TYPE VARCHAR(40) NOT NULL,"
                    + " RESOURCE_ID VARCHAR(64) NOT NULL,"
                    + " MEASURE VARCHAR(20) NOT NULL,"
                    + " PATIENT_ID VARCHAR(64),"
                    + " EVENT_DATE DATE,"
                    + " WEEK_LABEL VARCHAR(8),"
                    + " MONTH_LABEL VARCHAR(7),"
                    + " SITE VARCHAR(64),"
                    + " COUNTRY VARCHAR(8),"
                    + " ENCOUNTER_ID VARCHAR(64),"
                    + " CATEGORY VARCHAR(64),"
                    + " DOSE VARCHAR(16),"
                    + " CONFIRMATORY BOOLEAN NOT NULL)",
            "CREATE INDEX IF NOT EXISTS IDX_EPHR_REPORT_EVENT_RES ON EPHR_REPORT_EVENT (RESOURCE_ID, RESOURCE_TYPE)",
            "CREATE INDEX IF NOT EXISTS IDX_EPHR_REPORT_EVENT_DATE ON EPHR_REPORT_EVENT (MEASURE, EVENT_DATE)",
            "CREATE INDEX IF NOT EXISTS IDX_EPHR_REPORT_EVENT_CASE ON EPHR_REPORT_EVENT (PATIENT_ID, MEASURE, CATEGORY)",
            "CREATE TABLE IF NOT EXISTS EPHR_REPORT_PATIENT ("
                    + " PATIENT_ID VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " SEX VARCHAR(16) NOT NULL,"
                    + " BIRTH_DATE DATE,"
                    + " NATIONALITY VARCHAR(16) NOT NULL,"
                    + " MIGRATION_STATUS VARCHAR(64) NOT NULL,"
                    + " SITE VARCHAR(64))",
            "CREATE TABLE IF NOT EXISTS EPHR_REPORT_SITE ("
                    + " ORGANIZATION_ID VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " COUNTRY VARCHAR(8))",
            "CREATE TABLE IF NOT EXISTS EPHR_REPORT_VERSION (VERSION INTEGER NOT NULL)",
            // One alert per person and condition: the primary key makes a second raising (another node, a
            // re-sent bundle) fail instead of notifying twice.
            "CREATE TABLE IF NOT EXISTS EPHR_IHR_ALERT ("
                    + " PATIENT_ID VARCHAR(64) NOT NULL,"
                    + " CONDITION_CODE VARCHAR(64) NOT NULL,"
                    + " RESOURCE_TYPE VARCHAR(40) NOT NULL,"
                    + " RESOURCE_ID VARCHAR(64) NOT NULL,"
                    + " COMMUNICATION_ID VARCHAR(64),"
                    + " RAISED TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " PRIMARY KEY (PATIENT_ID, CONDITION_CODE))");

    private static final String EVENT_COLUMNS = "RESOURCE_TYPE, RESOURCE_ID, MEASURE, PATIENT_ID, EVENT_DATE,"
            + " WEEK_LABEL, MONTH_LABEL, SITE, COUNTRY, ENCOUNTER_ID, CATEGORY, DOSE, CONFIRMATORY";

    private final JdbcTemplate jdbc;

    ReportingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void createTablesIfMissing() {
        SCHEMA.forEach(jdbc::execute);
    }

    /** Forgets what a resource contributed. */
    void deleteEvents(String resourceType, String resourceId) {
        jdbc.update(
                "DELETE FROM EPHR_REPORT_EVENT WHERE RESOURCE_ID = ? AND RESOURCE_TYPE = ?", resourceId, resourceType);
    }

    /** Adds a resource's events (none: it does not count). */
    void insertEvents(List<ReportingFacts.EventRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "INSERT INTO EPHR_REPORT_EVENT (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.stream()
                        .map(row -> new Object[] {
                            row.resourceType(),
                            row.resourceId(),
                            row.measure(),
                            row.patientId(),
                            row.eventDate() == null ? null : Date.valueOf(row.eventDate()),
                            row.eventDate() == null ? null : Granularity.WEEK.label(row.eventDate()),
                            row.eventDate() == null ? null : Granularity.MONTH.label(row.eventDate()),
                            row.site(),
                            row.country(),
                            row.encounterId(),
                            row.category(),
                            row.dose(),
                            row.confirmatory()
                        })
                        .toList());
    }

    void insertPatient(ReportingFacts.PatientRow row) {
        jdbc.update(
                "INSERT INTO EPHR_REPORT_PATIENT (PATIENT_ID, SEX, BIRTH_DATE, NATIONALITY, MIGRATION_STATUS, SITE)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                row.patientId(),
                row.sex(),
                row.birthDate() == null ? null : Date.valueOf(row.birthDate()),
                row.nationality(),
                row.migrationStatus(),
                row.site());
    }

    void deletePatient(String patientId) {
        jdbc.update("DELETE FROM EPHR_REPORT_PATIENT WHERE PATIENT_ID = ?", patientId);
    }

    void insertSite(ReportingFacts.SiteRow row) {
        jdbc.update(
                "INSERT INTO EPHR_REPORT_SITE (ORGANIZATION_ID, COUNTRY) VALUES (?, ?)",
                row.organizationId(),
                row.country());
    }

    void deleteSite(String organizationId) {
        jdbc.update("DELETE FROM EPHR_REPORT_SITE WHERE ORGANIZATION_ID = ?", organizationId);
    }

    /** The rules version the projection was built with; empty for a projection never built. */
    Optional<Integer> version() {
        return jdbc.queryForList("SELECT VERSION FROM EPHR_REPORT_VERSION", Integer.class).stream()
                .findFirst();
    }

    void setVersion(int version) {
        jdbc.update("DELETE FROM EPHR_REPORT_VERSION");
        jdbc.update("INSERT INTO EPHR_REPORT_VERSION (VERSION) VALUES (?)", version);
    }

    /** Rows of the projection, for the rebuild and the benchmark. */
    long eventCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM EPHR_REPORT_EVENT", Long.class);
        return count == null ? 0 : count;
    }

    /** A case of one of {@code conditions} not alerted yet: its first evidence. */
    record PendingAlert(
            String patientId, String condition, String resourceType, String resourceId, String country, String site) {}

    List<PendingAlert> pendingAlerts(Collection<String> conditions, int limit) {
        if (conditions.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", Collections.nCopies(conditions.size(), "?"));
        return jdbc.query(
                "SELECT e.PATIENT_ID, e.CATEGORY, e.RESOURCE_TYPE, e.RESOURCE_ID,"
                        + " COALESCE(e.COUNTRY, enc.COUNTRY) AS COUNTRY, COALESCE(e.SITE, enc.SITE) AS SITE"
                        + " FROM EPHR_REPORT_EVENT e"
                        + " LEFT JOIN EPHR_REPORT_EVENT enc ON enc.RESOURCE_ID = e.ENCOUNTER_ID"
                        + " AND enc.RESOURCE_TYPE = 'Encounter'"
                        + " WHERE e.MEASURE = 'CASES' AND e.PATIENT_ID IS NOT NULL AND e.CATEGORY IN (" + in + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM EPHR_IHR_ALERT a"
                        + " WHERE a.PATIENT_ID = e.PATIENT_ID AND a.CONDITION_CODE = e.CATEGORY)"
                        + " ORDER BY e.EVENT_DATE FETCH FIRST " + limit + " ROWS ONLY",
                (row, n) -> new PendingAlert(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6)),
                conditions.toArray());
    }

    /** Claims an alert; a duplicate key means another writer raised it first. */
    void insertAlert(PendingAlert alert, Instant raised) {
        jdbc.update(
                "INSERT INTO EPHR_IHR_ALERT (PATIENT_ID, CONDITION_CODE, RESOURCE_TYPE, RESOURCE_ID, RAISED)"
                        + " VALUES (?, ?, ?, ?, ?)",
                alert.patientId(),
                alert.condition(),
                alert.resourceType(),
                alert.resourceId(),
                OffsetDateTime.ofInstant(raised, ZoneOffset.UTC));
    }

    void recordCommunication(PendingAlert alert, String communicationId) {
        jdbc.update(
                "UPDATE EPHR_IHR_ALERT SET COMMUNICATION_ID = ? WHERE PATIENT_ID = ? AND CONDITION_CODE = ?",
                communicationId,
                alert.patientId(),
                alert.condition());
    }

    void clear() {
        jdbc.update("DELETE FROM EPHR_REPORT_EVENT");
        jdbc.update("DELETE FROM EPHR_REPORT_PATIENT");
        jdbc.update("DELETE FROM EPHR_REPORT_SITE");
    }

    /** The unsuppressed counts a request asks for, every cell of its breakdown. */
    AggregateTable count(ReportRequest request) {
        List<Dimension> dimensions = request.tableDimensions();
        List<String> columns = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            columns.add("D" + d);
        }
        var select = new StringBuilder("SELECT ");
        for (int d = 0; d < dimensions.size(); d++) {
            select.append(dimension(dimensions.get(d), request.granularity()))
                    .append(" AS ")
                    .append(columns.get(d))
                    .append(", ");
        }
        String grouped = String.join(", ", columns);
        String sql = "SELECT " + grouped + ", COUNT(*) AS N FROM (" + select.substring(0, select.length() - 2)
                + " FROM (" + resolved(request.measure()) + ") r) t GROUP BY " + grouped;
        AggregateTable.Builder table = AggregateTable.builder(request);
        jdbc.query(
                sql,
                row -> {
                    List<String> key = new ArrayList<>(dimensions.size());
                    for (String column : columns) {
                        key.add(row.getString(column));
                    }
                    table.add(key, row.getLong("N"));
                },
                Date.valueOf(request.periodStart()),
                Date.valueOf(request.periodEnd()));
        return table.build();
    }

    /**
     * Each counted event with every attribute resolved: site from the event, else its encounter, else the
     * patient's custodian; country from the event, else its encounter, else the site's; age in completed years at
     * the event. A case is counted once per person and condition, on its first evidence.
     */
    private static String resolved(ReportMeasure measure) {
        String events = measure == ReportMeasure.CASES
                ? "(SELECT x.*, ROW_NUMBER() OVER (PARTITION BY x.PATIENT_ID, x.CATEGORY"
                        + " ORDER BY x.EVENT_DATE, x.RESOURCE_TYPE, x.RESOURCE_ID) AS EVIDENCE"
                        + " FROM EPHR_REPORT_EVENT x WHERE x.MEASURE = 'CASES') e"
                : "EPHR_REPORT_EVENT e";
        String filter = measure == ReportMeasure.CASES ? "e.EVIDENCE = 1" : "e.MEASURE = '" + measure.name() + "'";
        String age = "EXTRACT(YEAR FROM e.EVENT_DATE) - EXTRACT(YEAR FROM p.BIRTH_DATE)"
                + " - CASE WHEN EXTRACT(MONTH FROM e.EVENT_DATE) * 100 + EXTRACT(DAY FROM e.EVENT_DATE)"
                + " < EXTRACT(MONTH FROM p.BIRTH_DATE) * 100 + EXTRACT(DAY FROM p.BIRTH_DATE) THEN 1 ELSE 0 END";
        return "SELECT e.WEEK_LABEL, e.MONTH_LABEL, e.DOSE,"
                + " COALESCE(e.CATEGORY, 'unknown') AS CATEGORY,"
                + " CASE WHEN e.CATEGORY = 'positive' AND e.CONFIRMATORY AND EXISTS (SELECT 1 FROM EPHR_REPORT_EVENT m"
                + " WHERE m.PATIENT_ID = e.PATIENT_ID AND m.MEASURE = 'CASES' AND m.CATEGORY = '"
                + ReportingFacts.MDR_TUBERCULOSIS + "') THEN '" + TbOutcomes.MDR_TB
                + "' ELSE COALESCE(e.CATEGORY, 'unknown') END AS TB_OUTCOME,"
                + " COALESCE(e.SITE, enc.SITE, p.SITE, 'unknown') AS SITE,"
                + " COALESCE(e.COUNTRY, enc.COUNTRY, s.COUNTRY, 'unknown') AS COUNTRY,"
                + " COALESCE(p.SEX, 'unknown') AS SEX,"
                + " COALESCE(p.NATIONALITY, 'unknown') AS NATIONALITY,"
                + " COALESCE(p.MIGRATION_STATUS, 'unknown') AS MIGRATION_STATUS,"
                + " CASE WHEN p.BIRTH_DATE IS NULL OR p.BIRTH_DATE > e.EVENT_DATE THEN -1 ELSE " + age + " END AS AGE"
                + " FROM " + events
                + " LEFT JOIN EPHR_REPORT_EVENT enc ON enc.RESOURCE_ID = e.ENCOUNTER_ID AND enc.RESOURCE_TYPE = 'Encounter'"
                + " LEFT JOIN EPHR_REPORT_PATIENT p ON p.PATIENT_ID = e.PATIENT_ID"
                + " LEFT JOIN EPHR_REPORT_SITE s ON s.ORGANIZATION_ID = COALESCE(e.SITE, enc.SITE, p.SITE)"
                + " WHERE " + filter + " AND e.EVENT_DATE >= ? AND e.EVENT_DATE <= ?";
    }

    private static String dimension(Dimension dimension, Granularity granularity) {
        return switch (dimension) {
            case PERIOD -> granularity == Granularity.WEEK ? "r.WEEK_LABEL" : "r.MONTH_LABEL";
            case COUNTRY -> "r.COUNTRY";
            case SITE -> "r.SITE";
            case CONDITION, ANTIGEN -> "r.CATEGORY";
            case TB_OUTCOME -> "r.TB_OUTCOME";
            case DOSE -> "COALESCE(r.DOSE, 'unknown')";
            case SEX -> "r.SEX";
            case NATIONALITY -> "r.NATIONALITY";
            case MIGRATION_STATUS -> "r.MIGRATION_STATUS";
            case AGE_GROUP ->
                "CASE WHEN r.AGE < 0 THEN 'unknown' WHEN r.AGE < 5 THEN '0-4' WHEN r.AGE < 15 THEN '5-14'"
                        + " WHEN r.AGE < 25 THEN '15-24' WHEN r.AGE < 50 THEN '25-49' WHEN r.AGE < 65 THEN '50-64'"
                        + " WHEN r.AGE <= 130 THEN '65+' ELSE 'unknown' END";
        };
    }
}

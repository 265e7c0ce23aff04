package org.ephr.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a public health officer asks for: a measure, a period cut into weeks or months, and up to
 * {@value #MAX_DIMENSIONS} dimensions to break the counts down by. Every check fails with an
 * {@link IllegalArgumentException} whose message says what is wrong, so that the server can answer 400 with it.
 *
 * @param periodStart first day counted; the first day of a week (Monday) or of a month
 * @param periodEnd last day counted (inclusive); the last day of a week (Sunday) or of a month
 * @param granularity length of the reporting periods
 * @param measure what is counted
 * @param dimensions the breakdown, in the order of the table's columns; {@link Dimension#PERIOD} is implicit
 */
public record ReportRequest(
        LocalDate periodStart,
        LocalDate periodEnd,
        Granularity granularity,
        ReportMeasure measure,
        List<Dimension> dimensions) {

    /** At most this many chosen dimensions: each one multiplies the cells, and small cells with them. */
    public static final int MAX_DIMENSIONS = 4;
    /** At most about three years in one report. */
    public static final int MAX_DAYS = 3 * 366;

    public ReportRequest {
        require(periodStart != null, "periodStart is required");
        require(periodEnd != null, "periodEnd is required");
        require(granularity != null, "granularity is required (week or month)");
        require(measure != null, "measure is required (cases, assessments, vaccinations or tb-screening)");
        require(dimensions != null, "dimensions must not be null (use an empty list for totals only)");
        require(!periodEnd.isBefore(periodStart), "periodEnd " + periodEnd + " is before periodStart " + periodStart);
        require(
                ChronoUnit.DAYS.between(periodStart, periodEnd) < MAX_DAYS,
                "the period spans more than " + MAX_DAYS + " days; split the request");
        require(
                granularity.start(periodStart).equals(periodStart),
                "periodStart " + periodStart + " is not the first day of " + unit(granularity) + "; use "
                        + granularity.start(periodStart));
        require(
                granularity.end(periodEnd).equals(periodEnd),
                "periodEnd " + periodEnd + " is not the last day of " + unit(granularity) + "; use "
                        + granularity.end(periodEnd));
        require(
                dimensions.size() <= MAX_DIMENSIONS,
                "at most " + MAX_DIMENSIONS + " dimensions, got " + dimensions.size());
        Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
        for (Dimension dimension : dimensions) {
            require(dimension != null, "dimensions must not contain null");
            require(dimension != Dimension.PERIOD, "period is always a dimension; do not list it");
            require(seen.add(dimension), "dimension " + dimension.code() + " is listed twice");
            require(
                    measure.allowedDimensions().contains(dimension),
                    "measure " + measure.id() + " cannot be broken down by " + dimension.code());
        }
        dimensions = List.copyOf(dimensions);
    }

    /**
     * Reads a request from text parameters, as an HTTP operation receives them. Periods may be dates
     * ({@code 2026-02-02}) or period labels ({@code 2026-W06}, {@code 2026-02}): a label as start means its first
     * day, as end its last day. Dimensions are comma-separated codes ({@code condition,age-group,sex}); blank means
     * none.
     */
    public static ReportRequest fromParameters(
            String periodStart, String periodEnd, String granularity, String measure, String dimensions) {
        require(granularity != null && !granularity.isBlank(), "granularity is required (week or month)");
        require(
                measure != null && !measure.isBlank(),
                "measure is required (cases, assessments, vaccinations or tb-screening)");
        Granularity parsedGranularity = Granularity.fromCode(granularity);
        List<Dimension> parsedDimensions = new ArrayList<>();
        if (dimensions != null && !dimensions.isBlank()) {
            for (String code : dimensions.split(",")) {
                parsedDimensions.add(Dimension.fromCode(code));
            }
        }
        return new ReportRequest(
                date("periodStart", periodStart, parsedGranularity, false),
                date("periodEnd", periodEnd, parsedGranularity, true),
                parsedGranularity,
                ReportMeasure.fromCode(measure),
                parsedDimensions);
    }

    /** The table's dimensions: {@link Dimension#PERIOD} first, then the chosen ones. */
    public List<Dimension> tableDimensions() {
        List<Dimension> all = new ArrayList<>();
        all.add(Dimension.PERIOD);
        all.addAll(dimensions);
        return all;
    }

    /** The labels of the reporting periods, in order. */
    public List<String> periods() {
        return granularity.labels(periodStart, periodEnd);
    }

    private static LocalDate date(String name, String text, Granularity granularity, boolean end) {
        require(text != null && !text.isBlank(), name + " is required");
        String value = text.trim();
        if (value.length() == 10) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + " '" + value + "' is not a date such as 2026-02-02");
            }
        }
        try {
            LocalDate start = granularity.startOf(value);
            return end ? granularity.end(start) : start;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static String unit(Granularity granularity) {
        return granularity == Granularity.WEEK ? "an ISO week (Monday to Sunday)" : "a month";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(Objects.requireNonNull(message));
        }
    }
}

package org.ephr.export;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a reporting period. Weeks are ISO 8601 weeks (Monday to Sunday, labelled {@code 2026-W07} in the
 * week-based year, so 2024-12-30 is in {@code 2025-W01}); months are calendar months ({@code 2026-02}).
 */
public enum Granularity {
    WEEK,
    MONTH;

    private static final Pattern WEEK_LABEL = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** The label of the period containing a date. */
    public String label(LocalDate date) {
        if (this == WEEK) {
            return String.format(
                    Locale.ROOT,
                    "%04d-W%02d",
                    date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return YearMonth.from(date).toString();
    }

    /** The first day of the period containing a date. */
    public LocalDate start(LocalDate date) {
        return this == WEEK ? date.with(DayOfWeek.MONDAY) : date.withDayOfMonth(1);
    }

    /** The last day of the period containing a date. */
    public LocalDate end(LocalDate date) {
        return this == WEEK ? date.with(DayOfWeek.SUNDAY) : date.with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The first day of a labelled period; the label must be of this granularity. */
    public LocalDate startOf(String label) {
        if (this == WEEK) {
            Matcher matcher = WEEK_LABEL.matcher(label);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + label + "' is not an ISO week such as 2026-W07");
            }
            int year = Integer.parseInt(matcher.group(1));
            int week = Integer.parseInt(matcher.group(2));
            LocalDate mondayOfWeekOne = LocalDate.of(year, 1, 4).with(DayOfWeek.MONDAY);
            LocalDate start = mondayOfWeekOne.plusWeeks(week - 1L);
            if (week < 1 || !label(start).equals(label)) {
                throw new IllegalArgumentException("'" + label + "': " + year + " has no ISO week " + week);
            }
            return start;
        }
        try {
            return YearMonth.parse(label).atDay(1);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + label + "' is not a month such as 2026-02");
        }
    }

    /** The labels of every period from the one containing {@code from} to the one containing {@code to}. */
    public List<String> labels(LocalDate from, LocalDate to) {
        List<String> labels = new ArrayList<>();
        for (LocalDate date = start(from); !date.isAfter(to); date = end(date).plusDays(1)) {
            labels.add(label(date));
        }
        return labels;
    }

    /**
     * The period as IHE ADX writes it: the first day and an ISO 8601 duration ({@code 2026-02-09/P7D},
     * {@code 2026-02-01/P1M}), the durations DHIS2's ADX import maps to its weekly and monthly periods.
     */
    public String adxPeriod(String label) {
        return startOf(label) + (this == WEEK ? "/P7D" : "/P1M");
    }

    public static Granularity fromCode(String code) {
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        for (Granularity granularity : values()) {
            if (granularity.name().equals(normalised)) {
                return granularity;
            }
        }
        throw new IllegalArgumentException("Unknown granularity '" + code + "'; expected week or month");
    }
}

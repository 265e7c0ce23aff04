package org.ephr.export;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * The fixed age bands of every report: 0-4, 5-14, 15-24, 25-49, 50-64, 65+ (completed years at the reference date,
 * usually the date of the counted event), and {@code unknown}. The bands follow WHO surveillance practice (under-5s
 * apart, then school age, young adults, working age, older adults) and are wide enough that small cells are rarer.
 *
 * <p>Migrants' birth dates are often partial or estimated. A year-only date ({@code 1990}) is taken as 1 July of
 * that year and a year-month ({@code 1990-05}) as its 15th, the middle of the interval, so that the error is at most
 * half a year either way. A missing or unreadable date, a birth after the reference date or an age above 130 gives
 * {@link #UNKNOWN}.
 */
public enum AgeGroup {
    AGE_0_4("0-4", 0, 4),
    AGE_5_14("5-14", 5, 14),
    AGE_15_24("15-24", 15, 24),
    AGE_25_49("25-49", 25, 49),
    AGE_50_64("50-64", 50, 64),
    AGE_65_PLUS("65+", 65, 130),
    UNKNOWN("unknown", -1, -1);

    private final String code;
    private final int from;
    private final int to;

    AgeGroup(String code, int from, int to) {
        this.code = code;
        this.from = from;
        this.to = to;
    }

    public String code() {
        return code;
    }

    /** The band of someone born on {@code birthDate}, at {@code referenceDate}. */
    public static AgeGroup of(LocalDate birthDate, LocalDate referenceDate) {
        if (birthDate == null || referenceDate == null || birthDate.isAfter(referenceDate)) {
            return UNKNOWN;
        }
        int age = Period.between(birthDate, referenceDate).getYears();
        for (AgeGroup group : values()) {
            if (age >= group.from && age <= group.to) {
                return group;
            }
        }
        return UNKNOWN;
    }

    /** The band of a FHIR {@code date} ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}) at a reference date. */
    public static AgeGroup ofFhirDate(String birthDate, LocalDate referenceDate) {
        if (birthDate == null) {
            return UNKNOWN;
        }
        String text = birthDate.trim();
        try {
            return switch (text.length()) {
                case 4 -> of(LocalDate.of(Integer.parseInt(text), 7, 1), referenceDate);
                case 7 -> of(LocalDate.parse(text + "-15"), referenceDate);
                case 10 -> of(LocalDate.parse(text), referenceDate);
                default -> UNKNOWN;
            };
        } catch (NumberFormatException | DateTimeParseException unreadable) {
            return UNKNOWN;
        }
    }
}

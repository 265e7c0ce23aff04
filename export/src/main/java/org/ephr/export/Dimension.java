package org.ephr.export;

import java.util.Locale;

/**
 * A way of breaking a count down. {@link #PERIOD} is implicit: every table is broken down by reporting period (ISO
 * week or calendar month); the others are chosen by the requester.
 */
public enum Dimension {
    PERIOD,
    COUNTRY,
    SITE,
    CONDITION,
    AGE_GROUP,
    SEX,
    NATIONALITY,
    MIGRATION_STATUS,
    ANTIGEN,
    DOSE,
    TB_OUTCOME;

    /** The name in parameters, CSV headers and FHIR stratifier codes: lower case, hyphenated ({@code age-group}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a {@link #code()} or an enum name, case-insensitively. */
    public static Dimension fromCode(String code) {
        String normalised = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Dimension dimension : values()) {
            if (dimension.name().equals(normalised)) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("Unknown dimension '" + code + "'; expected one of " + codes());
    }

    static String codes() {
        var codes = new StringBuilder();
        for (Dimension dimension : values()) {
            if (dimension != PERIOD) {
                codes.append(codes.isEmpty() ? "" : ", ").append(dimension.code());
            }
        }
        return codes.toString();
    }
}

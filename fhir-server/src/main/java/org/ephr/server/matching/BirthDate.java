package org.ephr.server.matching;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;

/**
 * A birth date as a record gives it: the year, and month and day when known (0 when not).
 *
 * @param approximate the date is only the year (or year and month), is flagged as estimated, or is 1 January, which
 *     registration systems use for an unknown day and month: all mean the year itself may be a guess
 */
record BirthDate(int year, int month, int day, boolean approximate) {

    static final String ESTIMATED_EXTENSION = "https://fhir.migrant-ephr.org/StructureDefinition/birth-date-estimated";

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    static Optional<BirthDate> of(DateType date) {
        if (date == null || date.getValueAsString() == null) {
            return Optional.empty();
        }
        Matcher parts = DATE.matcher(date.getValueAsString());
        if (!parts.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(parts.group(1));
        int month = parts.group(2) == null ? 0 : Integer.parseInt(parts.group(2));
        int day = parts.group(3) == null ? 0 : Integer.parseInt(parts.group(3));
        Extension estimated = date.getExtensionByUrl(ESTIMATED_EXTENSION);
        boolean flagged = estimated != null
                && estimated.getValue() instanceof BooleanType flag
                && Boolean.TRUE.equals(flag.getValue());
        boolean firstOfJanuary = month == 1 && day == 1;
        return Optional.of(new BirthDate(year, month, day, flagged || day == 0 || firstOfJanuary));
    }

    boolean isFullDate() {
        return day != 0;
    }

    @Override
    public String toString() {
        String text = String.valueOf(year);
        if (month != 0) {
            text += "-%02d".formatted(month);
        }
        if (day != 0) {
            text += "-%02d".formatted(day);
        }
        return approximate ? text + " (approximate)" : text;
    }
}

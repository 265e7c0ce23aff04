package org.ephr.synthetic;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * FHIR date-times built from strings with an explicit offset: HAPI's Date-based constructors would render in
 * the JVM's default time zone, and the bundles must not depend on the machine that generates them.
 */
final class FhirDates {
    private static final DateTimeFormatter SECONDS_WITH_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private FhirDates() {}

    static DateTimeType dateTime(OffsetDateTime instant) {
        return new DateTimeType(SECONDS_WITH_OFFSET.format(instant));
    }

    static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }
}

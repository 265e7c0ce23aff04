package org.ephr.server.summary.print;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Ratio;

/**
 * How values read in the record's language: codes by the terminology's designation when it has one, countries by
 * their name in the language, dates with the month spelled out.
 */
final class Displays {

    private static final String ISO_3166 = "urn:iso:std:iso:3166";
    private static final String ENGLISH = "en";

    private final Terminology terminology;
    private final Labels labels;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;

    Displays(Terminology terminology, Labels labels, Locale locale) {
        this.terminology = terminology;
        this.labels = labels;
        this.locale = locale;
        // Month spelled out: "03/08/2023" reads as March in one country and August in the next.
        // The digits stay Latin (the formatter's default), as in the identifiers and results beside them.
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.month = DateTimeFormatter.ofPattern("LLLL y", locale);
    }

    Labels labels() {
        return labels;
    }

    /**
     * A coded concept in the record's language: a coding the terminology names in it (French, Arabic), then the
     * concept's text (as the clinician entered it), a coding's display, the terminology's English display (for
     * codes sent without one), a bare code. Countries (ISO 3166) are named in the language.
     */
    String code(CodeableConcept concept) {
        if (concept == null || concept.isEmpty()) {
            return "";
        }
        Optional<String> country = concept.getCoding().stream()
                .map(this::country)
                .flatMap(Optional::stream)
                .findFirst();
        if (country.isPresent()) {
            return country.get();
        }
        Optional<String> translated = translated(concept);
        if (translated.isPresent()) {
            return translated.get();
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream()
                .map(Coding::getDisplay)
                .filter(Objects::nonNull)
                .filter(display -> !display.isBlank())
                .findFirst()
                .or(() -> concept.getCoding().stream()
                        .map(coding -> terminology.display(coding.getSystem(), coding.getCode(), ENGLISH))
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElseGet(() -> concept.getCoding().stream()
                        .map(Coding::getCode)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(""));
    }

    /**
     * The terminology's designation in the record's language for the first coding it names. None in English: the
     * package's English is its displays, which a record's own text and displays come before.
     */
    Optional<String> translated(CodeableConcept concept) {
        if (concept == null || ENGLISH.equals(labels.language())) {
            return Optional.empty();
        }
        return concept.getCoding().stream()
                .map(coding -> terminology.display(coding.getSystem(), coding.getCode(), labels.language()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    String codes(List<CodeableConcept> concepts) {
        return concepts.stream().map(this::code).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }

    /** An ISO 3166-1 alpha-2 country by its name in the record's language. */
    private Optional<String> country(Coding coding) {
        if (!ISO_3166.equals(coding.getSystem())
                || coding.getCode() == null
                || coding.getCode().length() != 2) {
            return Optional.empty();
        }
        String code = coding.getCode().toUpperCase(Locale.ROOT);
        String name = new Locale("", code).getDisplayCountry(locale);
        if (name.isBlank() || name.equals(code)) {
            return Optional.ofNullable(coding.getDisplay()).or(() -> Optional.of(code));
        }
        return Optional.of(name);
    }

    /** A date at the precision it was recorded: a year, a month and year, or a day. */
    String date(BaseDateTimeType date) {
        if (date == null || date.getValue() == null) {
            return "";
        }
        int year = date.getYear();
        return switch (date.getPrecision()) {
            case YEAR -> String.valueOf(year);
            case MONTH -> YearMonth.of(year, date.getMonth() + 1).format(month);
            default -> LocalDate.of(year, date.getMonth() + 1, date.getDay()).format(day);
        };
    }

    String period(Period period) {
        if (period == null || period.isEmpty()) {
            return "";
        }
        String start = date(period.getStartElement());
        String end = date(period.getEndElement());
        if (end.isEmpty()) {
            return start;
        }
        return start.isEmpty() ? end : start + " – " + end;
    }

    /** A date of any of the forms FHIR allows for a time ([x] elements): a date, a period, or free text. */
    String when(Base value) {
        if (value instanceof BaseDateTimeType date) {
            return date(date);
        }
        if (value instanceof Period period) {
            return period(period);
        }
        if (value instanceof PrimitiveType<?> primitive) {
            return Objects.toString(primitive.getValueAsString(), "");
        }
        return "";
    }

    /** An Observation's or component's value. */
    String value(Base value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value instanceof CodeableConcept concept) {
            return code(concept);
        }
        if (value instanceof Quantity quantity) {
            return quantity(quantity);
        }
        if (value instanceof BooleanType bool) {
            return labels.get(bool.booleanValue() ? Label.YES : Label.NO);
        }
        if (value instanceof Range range) {
            return quantity(range.getLow()) + " – " + quantity(range.getHigh());
        }
        if (value instanceof Ratio ratio) {
            return quantity(ratio.getNumerator()) + " / " + quantity(ratio.getDenominator());
        }
        if (value instanceof BaseDateTimeType || value instanceof Period) {
            return when(value);
        }
        if (value instanceof PrimitiveType<?> primitive) {
            return Objects.toString(primitive.getValueAsString(), "");
        }
        return "";
    }

    private static String quantity(Quantity quantity) {
        if (quantity == null || quantity.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (quantity.hasComparator()) {
            text.append(quantity.getComparator().toCode()).append(' ');
        }
        if (quantity.hasValue()) {
            text.append(quantity.getValue().toPlainString());
        }
        String unit = quantity.hasUnit() ? quantity.getUnit() : quantity.getCode();
        if (unit != null && !unit.isBlank()) {
            text.append(' ').append(unit);
        }
        return text.toString().trim();
    }
}

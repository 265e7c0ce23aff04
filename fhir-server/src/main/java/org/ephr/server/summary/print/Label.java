package org.ephr.server.summary.print;

import java.util.Locale;

/**
 * The fixed wording of the printable record. Each language's {@code labels_xx.properties} must define every one,
 * so that a missing translation fails when the renderer is built, not on a migrant's printout.
 */
enum Label {
    /** {@code ltr} or {@code rtl}: the writing direction of the language. */
    DIRECTION,
    DOCUMENT_TITLE,
    SUMMARY_NOTICE,
    DOCUMENT_DATE,
    ISSUED_BY,
    DOCUMENT_IDENTIFIER,
    PATIENT,
    NAME,
    NAME_LATIN,
    BIRTH_DATE,
    ESTIMATED,
    SEX,
    NATIONALITY,
    EPHR_NUMBER,
    PASSPORT,
    UNHCR_CASE,
    IOM_CASE,
    IDENTIFIER,
    VACCINE,
    DATE,
    DOSE,
    /** "{0} of {1}": dose number of the series' doses. */
    DOSE_OF,
    COUNTRY_OF_ADMINISTRATION,
    TEST,
    VALUE,
    INTERPRETATION,
    CONDITION,
    STATUS,
    ONSET,
    ITEM,
    NO_INFORMATION,
    NOT_IN_DOCUMENT,
    NOT_GIVEN,
    ENTERED_IN_ERROR,
    YES,
    NO,
    GENDER_MALE,
    GENDER_FEMALE,
    GENDER_OTHER,
    GENDER_UNKNOWN;

    /** The key in the properties files: {@code DOCUMENT_DATE} is {@code document-date}. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

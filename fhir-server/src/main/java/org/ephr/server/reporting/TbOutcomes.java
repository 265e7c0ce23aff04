package org.ephr.server.reporting;

import java.math.BigDecimal;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

/**
 * The outcome a TB screening result counts under: a chest X-ray by its reading, a tuberculin skin test by its
 * induration (10 mm or more is positive), the other tests by their coded answer or, failing that, their
 * interpretation. {@link #MDR_TB} is decided when a report runs, from the person's diagnoses.
 */
final class TbOutcomes {

    static final String CHEST_XRAY = "18782-3";
    static final String TUBERCULIN_SKIN_TEST = "1648-5";
    static final String IGRA = "71773-6";
    /** Smear, culture and molecular tests: a positive one confirms tuberculosis. */
    static final Set<String> BACTERIOLOGICAL_TB_TESTS = Set.of("11477-7", "11545-1", "89636-5", "85362-2", "91829-2");

    /** Outcome codes of a TB screening result. */
    static final String POSITIVE = "positive";

    static final String NEGATIVE = "negative";
    static final String INDETERMINATE = "indeterminate";
    static final String PRESUMPTIVE_TB = "presumptive-tb";
    static final String OTHER_ABNORMAL = "other-abnormal";
    static final String NOT_CODED = "not-coded";
    /** A positive bacteriological test of a patient diagnosed with MDR-TB; decided when the report is computed. */
    static final String MDR_TB = "mdr-tb";

    static final String CHEST_XRAY_READING = ReportingFacts.PROJECT + "/CodeSystem/chest-xray-tb-reading-cs";
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    private TbOutcomes() {}

    static boolean isTbTest(String loinc) {
        return loinc.equals(CHEST_XRAY)
                || loinc.equals(TUBERCULIN_SKIN_TEST)
                || loinc.equals(IGRA)
                || BACTERIOLOGICAL_TB_TESTS.contains(loinc);
    }

    static String of(String test, Observation observation) {
        if (test.equals(CHEST_XRAY)) {
            String reading = ReportingFacts.code(
                    observation.hasValueCodeableConcept() ? observation.getValueCodeableConcept() : null,
                    CHEST_XRAY_READING);
            if (reading == null) {
                return NOT_CODED;
            }
            return switch (reading) {
                case "normal" -> NEGATIVE;
                case "abnormal-suggestive-of-active-tb" -> PRESUMPTIVE_TB;
                case "not-interpretable" -> INDETERMINATE;
                default -> OTHER_ABNORMAL;
            };
        }
        if (test.equals(TUBERCULIN_SKIN_TEST)) {
            if (!observation.hasValueQuantity()) {
                return NOT_CODED;
            }
            Quantity induration = observation.getValueQuantity();
            return induration.hasValue() && induration.getValue().compareTo(BigDecimal.TEN) >= 0 ? POSITIVE : NEGATIVE;
        }
        String answer = ReportingFacts.code(
                observation.hasValueCodeableConcept() ? observation.getValueCodeableConcept() : null,
                ReportingFacts.LOINC);
        if (answer != null) {
            switch (answer) {
                case "LA6576-8":
                    return POSITIVE;
                case "LA6577-6":
                    return NEGATIVE;
                case "LA11884-6":
                    return INDETERMINATE;
                default:
                    break;
            }
        }
        for (CodeableConcept interpretation : observation.getInterpretation()) {
            String flag = ReportingFacts.code(interpretation, INTERPRETATION);
            if ("POS".equals(flag)) {
                return POSITIVE;
            }
            if ("NEG".equals(flag)) {
                return NEGATIVE;
            }
            if ("IND".equals(flag)) {
                return INDETERMINATE;
            }
        }
        return NOT_CODED;
    }
}

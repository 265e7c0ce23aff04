package org.ephr.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What is counted. Each measure is published as one FHIR {@code Measure} ({@link MeasureDefinitions}) whose id, name
 * and title follow one pattern: {@code ihr-cases}, {@code IhrCases}, {@code IHR Cases}.
 */
public enum ReportMeasure {
    /** Cases of IHR-relevant conditions, from diagnoses and confirmatory observations. */
    CASES(
            "ihr-cases",
            "IhrCases",
            "IHR Cases",
            "Cases of IHR-relevant conditions (diagnoses and confirmatory observations), by condition",
            EnumSet.of(Dimension.CONDITION)),
    /** Migration health assessments performed. */
    ASSESSMENTS(
            "ihr-assessments",
            "IhrAssessments",
            "IHR Assessments",
            "Health assessments performed",
            EnumSet.noneOf(Dimension.class)),
    /** Vaccine doses administered or recorded, by antigen and dose number. */
    VACCINATIONS(
            "ihr-vaccinations",
            "IhrVaccinations",
            "IHR Vaccinations",
            "Vaccinations given or recorded, by antigen and dose number",
            EnumSet.of(Dimension.ANTIGEN, Dimension.DOSE)),
    /** Tuberculosis screenings, by outcome (including MDR-TB). */
    TB_SCREENING(
            "ihr-tb-screening",
            "IhrTbScreening",
            "IHR Tb Screening",
            "Tuberculosis screenings by outcome, including multidrug-resistant tuberculosis",
            EnumSet.of(Dimension.TB_OUTCOME));

    /** Dimensions every measure can be broken down by. */
    static final Set<Dimension> COMMON = EnumSet.of(
            Dimension.COUNTRY,
            Dimension.SITE,
            Dimension.AGE_GROUP,
            Dimension.SEX,
            Dimension.NATIONALITY,
            Dimension.MIGRATION_STATUS);

    private final String id;
    private final String fhirName;
    private final String title;
    private final String description;
    private final Set<Dimension> specific;

    ReportMeasure(String id, String fhirName, String title, String description, Set<Dimension> specific) {
        this.id = id;
        this.fhirName = fhirName;
        this.title = title;
        this.description = description;
        this.specific = specific;
    }

    public String id() {
        return id;
    }

    /** The computable name of the FHIR Measure. */
    public String fhirName() {
        return fhirName;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The canonical URL of this measure's FHIR {@code Measure}. */
    public String canonicalUrl() {
        return MeasureDefinitions.BASE + "/Measure/" + id;
    }

    /** The dimensions a request for this measure may choose ({@link Dimension#PERIOD} is always there). */
    public Set<Dimension> allowedDimensions() {
        Set<Dimension> allowed = EnumSet.copyOf(COMMON);
        allowed.addAll(specific);
        return allowed;
    }

    /** Reads an id ({@code ihr-cases}), a short code ({@code cases}, {@code tb-screening}) or an enum name. */
    public static ReportMeasure fromCode(String code) {
        String normalised = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ReportMeasure measure : values()) {
            if (measure.id.equals(normalised) || measure.id.equals("ihr-" + normalised)) {
                return measure;
            }
        }
        throw new IllegalArgumentException(
                "Unknown measure '" + code + "'; expected one of cases, assessments, vaccinations, tb-screening");
    }
}

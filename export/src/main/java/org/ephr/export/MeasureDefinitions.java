package org.ephr.export;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.Measure.MeasureGroupComponent;

/**
 * The FHIR {@code Measure} of each {@link ReportMeasure}, one artefact per measure, for the server to publish:
 * canonical {@code https://fhir.migrant-ephr.org/Measure/<id>}, id {@code ihr-cases}, name {@code IhrCases}, title
 * {@code IHR Cases}. Each has one group (the measure's code) with an initial population, and one stratifier per
 * dimension the measure can be broken down by; a {@code MeasureReport} combines them (see
 * {@link MeasureReportFormat}).
 */
public final class MeasureDefinitions {

    public static final String BASE = "https://fhir.migrant-ephr.org";
    /** The system of the measures' group codes: the measure ids. */
    public static final String MEASURE_CODES = BASE + "/CodeSystem/ihr-report-measure";
    /** The system of stratifier and component codes: the dimension codes. */
    public static final String DIMENSION_CODES = BASE + "/CodeSystem/ihr-report-dimension";

    static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";
    static final String SCORING_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-scoring";

    private MeasureDefinitions() {}

    public static List<Measure> all() {
        List<Measure> measures = new ArrayList<>();
        for (ReportMeasure measure : ReportMeasure.values()) {
            measures.add(measure(measure));
        }
        return measures;
    }

    public static Measure measure(ReportMeasure reportMeasure) {
        var measure = new Measure();
        measure.setId(reportMeasure.id());
        measure.setUrl(reportMeasure.canonicalUrl());
        measure.setName(reportMeasure.fhirName());
        measure.setTitle(reportMeasure.title());
        measure.setStatus(PublicationStatus.ACTIVE);
        measure.setPublisher("Migrant e-PHR");
        measure.setDescription(reportMeasure.description()
                + ". Aggregated, non-identifying counts for reporting under the International Health Regulations"
                + " (2005); counts from 1 to the suppression threshold minus one, and the complements that protect"
                + " them, are suppressed.");
        measure.setScoring(new CodeableConcept(new Coding(SCORING_SYSTEM, "cohort", "Cohort")));
        MeasureGroupComponent group = measure.addGroup();
        group.setCode(groupCode(reportMeasure));
        group.addPopulation()
                .setCode(new CodeableConcept(new Coding(POPULATION_SYSTEM, "initial-population", "Initial Population")))
                .setCriteria(new Expression().setLanguage("text/plain").setExpression(reportMeasure.description()));
        List<Dimension> dimensions = new ArrayList<>();
        dimensions.add(Dimension.PERIOD);
        for (Dimension dimension : Dimension.values()) {
            if (reportMeasure.allowedDimensions().contains(dimension)) {
                dimensions.add(dimension);
            }
        }
        for (Dimension dimension : dimensions) {
            var stratifier = group.addStratifier();
            stratifier.setCode(dimensionCode(dimension));
            stratifier.addComponent().setCode(dimensionCode(dimension));
        }
        return measure;
    }

    static CodeableConcept groupCode(ReportMeasure measure) {
        return new CodeableConcept(new Coding(MEASURE_CODES, measure.id(), measure.title()));
    }

    static CodeableConcept dimensionCode(Dimension dimension) {
        return new CodeableConcept(new Coding(DIMENSION_CODES, dimension.code(), null));
    }
}

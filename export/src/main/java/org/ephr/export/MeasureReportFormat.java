package org.ephr.export;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * A report as a FHIR R4 {@code MeasureReport} in the shape of IHE mADX: a summary report of one measure over the
 * whole period, with the reporter as subject and reporter; one group (the measure's code) whose initial
 * population count is the grand total; one stratifier per combination of the breakdown's dimensions (the full
 * breakdown and every margin), code {@code period+condition+sex}; a stratum per cell with one component per
 * dimension and the count as {@code measureScore}. A suppressed count is absent and its element carries the
 * data-absent-reason extension {@code masked}.
 */
public final class MeasureReportFormat {

    public static final String MEDIA_TYPE = "application/fhir+json";
    public static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    static final String REPORTER_SYSTEM = MeasureDefinitions.BASE + "/NamingSystem/reporting-organisation";
    static final String CONDITION_SYSTEM = MeasureDefinitions.BASE + "/CodeSystem/ihr-condition-cs";

    private MeasureReportFormat() {}

    public static byte[] write(Report report) {
        return FhirContext.forR4Cached()
                .newJsonParser()
                .setPrettyPrint(true)
                .encodeResourceToString(toMeasureReport(report))
                .getBytes(StandardCharsets.UTF_8);
    }

    public static MeasureReport toMeasureReport(Report report) {
        ReportRequest request = report.request();
        var measureReport = new MeasureReport();
        measureReport.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
        measureReport.setType(MeasureReport.MeasureReportType.SUMMARY);
        measureReport.setMeasure(request.measure().canonicalUrl());
        measureReport.setDate(Date.from(report.generated()));
        var reporter = new Reference()
                .setIdentifier(new Identifier().setSystem(REPORTER_SYSTEM).setValue(report.reporter()))
                .setDisplay(report.reporter());
        measureReport.setSubject(reporter);
        measureReport.setReporter(reporter.copy());
        measureReport.setPeriod(new Period()
                .setStartElement(new DateTimeType(request.periodStart().toString()))
                .setEndElement(new DateTimeType(request.periodEnd().toString())));

        MeasureReportGroupComponent group = measureReport.addGroup();
        group.setCode(MeasureDefinitions.groupCode(request.measure()));
        var population = group.addPopulation()
                .setCode(new CodeableConcept(
                        new Coding(MeasureDefinitions.POPULATION_SYSTEM, "initial-population", "Initial Population")));
        ReportCell total = report.table().grandTotal();
        if (total.suppressed()) {
            population.getCountElement().addExtension(masked());
        } else {
            population.setCount(Math.toIntExact(total.count()));
        }

        List<Dimension> dimensions = report.table().dimensions();
        Map<String, MeasureReportGroupStratifierComponent> stratifiers = new LinkedHashMap<>();
        for (ReportCell cell : report.table().cells()) {
            List<Integer> present = new ArrayList<>();
            for (int d = 0; d < dimensions.size(); d++) {
                if (!AggregateTable.ALL.equals(cell.key().get(d))) {
                    present.add(d);
                }
            }
            if (present.isEmpty()) {
                continue;
            }
            String code = String.join(
                    "+", present.stream().map(d -> dimensions.get(d).code()).toList());
            MeasureReportGroupStratifierComponent stratifier =
                    stratifiers.computeIfAbsent(code, c -> group.addStratifier()
                            .addCode(new CodeableConcept(new Coding(MeasureDefinitions.DIMENSION_CODES, c, null))));
            StratifierGroupComponent stratum = stratifier.addStratum();
            for (int d : present) {
                stratum.addComponent()
                        .setCode(MeasureDefinitions.dimensionCode(dimensions.get(d)))
                        .setValue(value(dimensions.get(d), cell.key().get(d)));
            }
            var score = new Quantity();
            if (cell.suppressed()) {
                score.addExtension(masked());
            } else {
                score.setValue(cell.count());
            }
            stratum.setMeasureScore(score);
        }
        return measureReport;
    }

    private static CodeableConcept value(Dimension dimension, String value) {
        if (dimension == Dimension.CONDITION) {
            return new CodeableConcept(new Coding(CONDITION_SYSTEM, value, null));
        }
        return new CodeableConcept().setText(value);
    }

    private static Extension masked() {
        return new Extension(DATA_ABSENT_REASON, new CodeType("masked"));
    }
}

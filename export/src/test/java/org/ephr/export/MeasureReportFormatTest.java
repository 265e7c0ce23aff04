package org.ephr.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.junit.jupiter.api.Test;

class MeasureReportFormatTest {

    @Test
    void reportWhenWrittenThenMadxShapedSummaryWithMaskedSmallCells() {
        byte[] json = MeasureReportFormat.write(Reports.weeklyCases());

        MeasureReport report = FhirContext.forR4Cached()
                .newJsonParser()
                .parseResource(MeasureReport.class, new String(json, StandardCharsets.UTF_8));

        assertThat(report.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
        assertThat(report.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
        assertThat(report.getMeasure()).isEqualTo("https://fhir.migrant-ephr.org/Measure/ihr-cases");
        assertThat(report.getSubject().getIdentifier().getValue()).isEqualTo("GR");
        assertThat(report.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-02-02");
        assertThat(report.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-03-01");
        MeasureReport.MeasureReportGroupComponent group = report.getGroupFirstRep();
        assertThat(group.getCode().getCodingFirstRep().getCode()).isEqualTo("ihr-cases");
        assertThat(group.getPopulationFirstRep().getCount()).isEqualTo(381);
        assertThat(group.getStratifier())
                .extracting(s -> s.getCodeFirstRep().getCodingFirstRep().getCode())
                .containsExactlyInAnyOrder(
                        "period+condition+sex",
                        "period+condition",
                        "period+sex",
                        "condition+sex",
                        "period",
                        "condition",
                        "sex");

        StratifierGroupComponent small =
                stratum(stratifier(group, "period+condition+sex"), "2026-W07", "cholera", "female");
        assertThat(small.getMeasureScore().hasValue()).isFalse();
        assertThat(small.getMeasureScore()
                        .getExtensionByUrl(MeasureReportFormat.DATA_ABSENT_REASON)
                        .getValue()
                        .primitiveValue())
                .isEqualTo("masked");
        StratifierGroupComponent published =
                stratum(stratifier(group, "period+condition+sex"), "2026-W06", "cholera", "male");
        assertThat(published.getMeasureScore().getValue().intValue()).isEqualTo(15);
        assertThat(published
                        .getComponent()
                        .get(1)
                        .getValue()
                        .getCodingFirstRep()
                        .getSystem())
                .isEqualTo(MeasureReportFormat.CONDITION_SYSTEM);
    }

    @Test
    void measuresWhenDefinedThenIdNameTitleAndUrlAgree() {
        List<Measure> measures = MeasureDefinitions.all();

        assertThat(measures).hasSize(ReportMeasure.values().length);
        for (Measure measure : measures) {
            String id = measure.getIdElement().getIdPart();
            assertThat(measure.getUrl()).isEqualTo("https://fhir.migrant-ephr.org/Measure/" + id);
            assertThat(id).matches("ihr(-[a-z]+)+");
            String name = toPascalCase(id);
            assertThat(measure.getName()).isEqualTo(name);
            assertThat(measure.getTitle()).isEqualTo("IHR" + name.substring(3).replaceAll("([A-Z])", " $1"));
            assertThat(measure.getGroupFirstRep()
                            .getPopulationFirstRep()
                            .getCriteria()
                            .getLanguage())
                    .isEqualTo("text/plain");
        }
        assertThat(MeasureDefinitions.measure(ReportMeasure.CASES).getTitle()).isEqualTo("IHR Cases");
        assertThat(MeasureDefinitions.measure(ReportMeasure.VACCINATIONS)
                        .getGroupFirstRep()
                        .getStratifier())
                .extracting(s -> s.getCode().getCodingFirstRep().getCode())
                .contains("period", "antigen", "dose", "age-group")
                .doesNotContain("condition", "tb-outcome");
    }

    private static String toPascalCase(String id) {
        var name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private static MeasureReportGroupStratifierComponent stratifier(
            MeasureReport.MeasureReportGroupComponent group, String code) {
        return group.getStratifier().stream()
                .filter(s -> s.getCodeFirstRep().getCodingFirstRep().getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static StratifierGroupComponent stratum(
            MeasureReportGroupStratifierComponent stratifier, String... values) {
        return stratifier.getStratum().stream()
                .filter(s -> s.getComponent().stream()
                        .map(c -> c.getValue().hasText()
                                ? c.getValue().getText()
                                : c.getValue().getCodingFirstRep().getCode())
                        .toList()
                        .equals(List.of(values)))
                .findFirst()
                .orElseThrow();
    }
}

package org.ephr.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRequestTest {

    @Test
    void weekLabelsWhenParsedThenWholeIsoWeeks() {
        ReportRequest request = ReportRequest.fromParameters("2026-W06", "2026-W08", "week", "cases", "condition,sex");

        assertThat(request.periodStart()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(request.periodEnd()).isEqualTo(LocalDate.of(2026, 2, 22));
        assertThat(request.periods()).containsExactly("2026-W06", "2026-W07", "2026-W08");
        assertThat(request.tableDimensions()).containsExactly(Dimension.PERIOD, Dimension.CONDITION, Dimension.SEX);
        assertThat(request.measure()).isEqualTo(ReportMeasure.CASES);
    }

    @Test
    void isoWeekWhenYearTurnsThenWeekBasedYear() {
        assertThat(Granularity.WEEK.label(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
        assertThat(Granularity.WEEK.label(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(Granularity.WEEK.startOf("2026-W53")).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(Granularity.WEEK.adxPeriod("2026-W07")).isEqualTo("2026-02-09/P7D");
        assertThat(Granularity.MONTH.adxPeriod("2026-02")).isEqualTo("2026-02-01/P1M");
    }

    @Test
    void monthsWhenParsedFromDatesThenCalendarMonths() {
        ReportRequest request =
                ReportRequest.fromParameters("2026-01-01", "2026-03-31", "MONTH", "ihr-vaccinations", "antigen,dose");

        assertThat(request.periods()).containsExactly("2026-01", "2026-02", "2026-03");
    }

    @Test
    void badParametersWhenParsedThenClearMessages() {
        assertRejected("2026-W06", "2026-W05", "week", "cases", "", "is before periodStart");
        assertRejected("2026-02-03", "2026-02-22", "week", "cases", "", "not the first day of an ISO week");
        assertRejected("2026-02-02", "2026-02-21", "week", "cases", "", "use 2026-02-22");
        assertRejected("2026-W06", "2026-W08", "day", "cases", "", "Unknown granularity 'day'");
        assertRejected("2026-W06", "2026-W08", "week", "deaths", "", "Unknown measure 'deaths'");
        assertRejected("2026-W06", "2026-W08", "week", "cases", "religion", "Unknown dimension 'religion'");
        assertRejected("2026-W06", "2026-W08", "week", "cases", "sex,sex", "listed twice");
        assertRejected("2026-W06", "2026-W08", "week", "cases", "antigen", "cannot be broken down by antigen");
        assertRejected("2026-W06", "2026-W08", "week", "cases", "period", "period is always a dimension");
        assertRejected("2026-W06", "2026-W08", "week", "cases", "sex,country,site,age-group,nationality", "at most 4");
        assertRejected("2025-W53", "2026-W08", "week", "cases", "", "has no ISO week 53");
        assertRejected("2026-13", "2026-12", "month", "cases", "", "not a month");
        assertRejected("2020-01-01", "2026-12-31", "month", "cases", "", "more than");
        assertRejected(null, "2026-W08", "week", "cases", "", "periodStart is required");
        assertRejected("2026-W06", "2026-W08", null, "cases", "", "granularity is required");
        assertRejected("2026-02-30", "2026-W08", "week", "cases", "", "not a date");
    }

    @Test
    void nullDimensionsWhenConstructedThenRejected() {
        assertThatThrownBy(() -> new ReportRequest(
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 28),
                        Granularity.MONTH,
                        ReportMeasure.CASES,
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimensions");
    }

    @Test
    void everyMeasureWhenCommonDimensionsThenAllowed() {
        for (ReportMeasure measure : ReportMeasure.values()) {
            assertThat(ReportRequest.fromParameters(
                                    "2026-01",
                                    "2026-01",
                                    "month",
                                    measure.id(),
                                    "age-group,sex,nationality,migration-status")
                            .dimensions())
                    .hasSize(4);
        }
        assertThat(ReportMeasure.fromCode("TB_SCREENING")).isEqualTo(ReportMeasure.TB_SCREENING);
    }

    private static void assertRejected(
            String start, String end, String granularity, String measure, String dimensions, String message) {
        assertThatThrownBy(() -> ReportRequest.fromParameters(start, end, granularity, measure, dimensions))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    static ReportRequest weeklyCases(List<Dimension> dimensions) {
        return new ReportRequest(
                LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 1), Granularity.WEEK, ReportMeasure.CASES, dimensions);
    }
}

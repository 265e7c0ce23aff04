package org.ephr.export;

import java.time.Instant;
import java.util.List;

/** A small weekly cases report by condition and sex, with one small cell (cholera, female, week 7: 2; four weeks, three conditions, two sexes). */
final class Reports {

    static final Instant GENERATED = Instant.parse("2026-02-16T08:30:00Z");

    private Reports() {}

    static Report weeklyCases() {
        ReportRequest request = ReportRequestTest.weeklyCases(List.of(Dimension.CONDITION, Dimension.SEX));
        AggregateTable.Builder builder =
                AggregateTable.builder(request).domain(Dimension.SEX, List.of("female", "male"));
        List<String> conditions = List.of("cholera", "measles", "tuberculosis");
        long[][] counts = { // per week: cholera f/m, measles f/m, tuberculosis f/m
            {12, 15, 7, 9, 30, 41}, {2, 9, 8, 11, 25, 0}, {14, 10, 6, 12, 33, 38}, {11, 13, 9, 7, 28, 31}
        };
        for (int week = 0; week < counts.length; week++) {
            for (int c = 0; c < conditions.size(); c++) {
                builder.add(List.of("2026-W0" + (6 + week), conditions.get(c), "female"), counts[week][2 * c]);
                builder.add(List.of("2026-W0" + (6 + week), conditions.get(c), "male"), counts[week][2 * c + 1]);
            }
        }
        AggregateTable table = builder.build();
        return new Report(request, new Suppression().apply(table), GENERATED, "GR");
    }
}

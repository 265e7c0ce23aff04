package org.ephr.export;

import java.time.Instant;
import java.util.Objects;

/**
 * A finished report: the request, its suppressed table, when it was made and who reports it.
 *
 * @param request what was asked for
 * @param table the counts after suppression
 * @param generated when the report was produced
 * @param reporter the reporting organisation's code (a country or programme code, never a person), used as the
 *     ADX {@code orgUnit} when the breakdown has no site or country, and as the MeasureReport's reporter
 */
public record Report(ReportRequest request, SuppressedTable table, Instant generated, String reporter) {

    public Report {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(generated, "generated");
        if (reporter == null || reporter.isBlank()) {
            throw new IllegalArgumentException("a report needs a reporter code");
        }
        if (!table.dimensions().equals(request.tableDimensions())) {
            throw new IllegalArgumentException("the table's dimensions " + table.dimensions()
                    + " are not the request's " + request.tableDimensions());
        }
    }
}

package org.ephr.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report as CSV (RFC 4180: comma-separated, CRLF line ends, UTF-8, fields quoted when needed), one row per cell
 * and per margin: {@code measure, period, <dimensions...>, count, suppressed}. A margin has {@code ALL} in the
 * columns it sums over; a suppressed count is empty with {@code suppressed} = {@code true}. A field that a
 * spreadsheet would read as a formula ({@code = + - @} first) is prefixed with an apostrophe.
 */
public final class CsvFormat {

    public static final String MEDIA_TYPE = "text/csv";

    private CsvFormat() {}

    public static byte[] write(Report report) {
        var csv = new StringBuilder();
        List<Dimension> dimensions = report.table().dimensions();
        csv.append("measure");
        for (Dimension dimension : dimensions) {
            csv.append(',').append(dimension.code());
        }
        csv.append(",count,suppressed\r\n");
        String measure = report.request().measure().id();
        for (ReportCell cell : report.table().cells()) {
            csv.append(field(measure));
            for (String value : cell.key()) {
                csv.append(',').append(field(value));
            }
            csv.append(',')
                    .append(cell.suppressed() ? "" : cell.count().toString())
                    .append(',')
                    .append(cell.suppressed())
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}

package org.ephr.server.reporting;

import java.util.Locale;
import java.util.function.Function;
import org.ephr.export.AdxFormat;
import org.ephr.export.CsvFormat;
import org.ephr.export.MeasureReportFormat;
import org.ephr.export.Report;

/** The forms a report is served in. */
enum ReportFormat {
    MEASURE_REPORT("measure-report", MeasureReportFormat.MEDIA_TYPE, MeasureReportFormat::write),
    CSV("csv", CsvFormat.MEDIA_TYPE, CsvFormat::write),
    ADX("adx", AdxFormat.MEDIA_TYPE, AdxFormat::write);

    private final String code;
    private final String mediaType;
    private final Function<Report, byte[]> writer;

    ReportFormat(String code, String mediaType, Function<Report, byte[]> writer) {
        this.code = code;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    String code() {
        return code;
    }

    String mediaType() {
        return mediaType;
    }

    byte[] write(Report report) {
        return writer.apply(report);
    }

    /** Blank means a FHIR MeasureReport. */
    static ReportFormat fromCode(String code) {
        if (code == null || code.isBlank()) {
            return MEASURE_REPORT;
        }
        String normalised = code.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.code.equals(normalised) || format.mediaType.equals(normalised)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + code + "'; expected measure-report, csv or adx");
    }
}

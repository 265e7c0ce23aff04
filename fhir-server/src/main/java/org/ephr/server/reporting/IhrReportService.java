package org.ephr.server.reporting;

import java.time.Clock;
import org.ephr.export.AggregateTable;
import org.ephr.export.Report;
import org.ephr.export.ReportRequest;
import org.ephr.export.ReportSigner;
import org.ephr.export.SuppressedTable;
import org.ephr.export.Suppression;

/** Counts in the database, suppresses small cells, writes the chosen format and signs exactly those bytes. */
class IhrReportService {

    private final ReportingStore store;
    private final Suppression suppression;
    private final ReportSigner signer;
    private final String reporter;
    private final Clock clock;

    IhrReportService(ReportingStore store, Suppression suppression, ReportSigner signer, String reporter, Clock clock) {
        this.store = store;
        this.suppression = suppression;
        this.signer = signer;
        this.reporter = reporter;
        this.clock = clock;
    }

    SignedReport run(ReportRequest request, ReportFormat format) {
        AggregateTable counts = store.count(request);
        SuppressedTable table = suppression.apply(counts);
        byte[] content = format.write(new Report(request, table, clock.instant(), reporter));
        return new SignedReport(
                content, format.mediaType(), signer.sign(content), table.cells().size(), table.hiddenCount());
    }

    ReportSigner signer() {
        return signer;
    }
}

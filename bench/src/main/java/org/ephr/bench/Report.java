package org.ephr.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The benchmark's output: a markdown summary for people, then RESULT lines for scripts. */
final class Report {
    record Run(
            BenchmarkOptions options,
            String serverSoftware,
            Instant started,
            Instant finished,
            List<IngestPhase.Result> ingest,
            List<ReadPhase.Result> reads,
            ExportPhase.Result export /* null when not run */) {}

    private Report() {}

    static void print(Run run, PrintStream out) {
        printSummary(run, out);
        out.println();
        printResultLines(run, out);
    }

    private static void printSummary(Run run, PrintStream out) {
        BenchmarkOptions options = run.options();
        Runtime runtime = Runtime.getRuntime();
        out.println("# e-PHR FHIR server benchmark");
        out.println();
        out.println("| | |");
        out.println("|---|---|");
        row(out, "Server", options.server());
        row(out, "Server software", run.serverSoftware());
        row(out, "Validation", options.validationLabel().isBlank() ? "(not stated)" : options.validationLabel());
        row(out, "Access control", options.securityLabel().isBlank() ? "(not stated)" : options.securityLabel());
        row(
                out,
                "Patients",
                options.readsOnly() != null
                        ? "reads only, of the patients in " + options.readsOnly()
                        : format(
                                "%d in two sets, after %d warm-up bundles",
                                options.patients(), options.warmUpBundles()));
        row(out, "Seed, first index", format("%d, %d", options.seed(), options.from()));
        row(
                out,
                "Client JVM",
                format(
                        "Java %s (%s), max heap %d MiB",
                        System.getProperty("java.version"),
                        System.getProperty("java.vm.name"),
                        runtime.maxMemory() / (1024 * 1024)));
        row(
                out,
                "Client OS",
                format(
                        "%s %s %s, %d processors",
                        System.getProperty("os.name"),
                        System.getProperty("os.version"),
                        System.getProperty("os.arch"),
                        runtime.availableProcessors()));
        row(out, "Started", run.started().toString());
        row(out, "Finished", run.finished().toString());
        out.println();
        printIngest(run, out);
        out.println("## Reads (1 client, random loaded patients)");
        out.println();
        out.println("| Query | Samples | p50 (ms) | p95 (ms) | max (ms) | Requests/s | Empty results |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (ReadPhase.Result result : run.reads()) {
            out.println(format(
                    "| `%s` | %d | %.1f | %.1f | %.1f | %.1f | %d |",
                    result.query().description.replace("|", "\\|"),
                    result.latencies().count(),
                    result.latencies().percentileMillis(50),
                    result.latencies().percentileMillis(95),
                    result.latencies().maxMillis(),
                    result.requestsPerSecond(),
                    result.emptyResults()));
        }
        printExport(run, out);
    }

    private static void printIngest(Run run, PrintStream out) {
        if (run.ingest().isEmpty()) {
            return; // a reads-only run
        }
        out.println("## Ingest (one transaction bundle per patient)");
        out.println();
        out.println(
                "| Phase | Clients | Bundles | Resources | Wall time (s) | Resources/s | Bundles/s | Bundle p50 (ms)"
                        + " | Bundle p95 (ms) | Created |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (IngestPhase.Result result : run.ingest()) {
            out.println(format(
                    "| %s | %d | %d | %d | %.2f | %.1f | %.1f | %.1f | %.1f | %d |",
                    result.phase(),
                    result.clients(),
                    result.bundles(),
                    result.resources(),
                    result.wallNanos() / 1e9,
                    result.resourcesPerSecond(),
                    result.bundlesPerSecond(),
                    result.latencies().percentileMillis(50),
                    result.latencies().percentileMillis(95),
                    result.created()));
        }
        out.println();
    }

    private static void printExport(Run run, PrintStream out) {
        ExportPhase.Result export = run.export();
        if (export == null) {
            return;
        }
        out.println();
        out.println("## Bulk export (system level, `_type=" + ExportPhase.TYPES + "`, every resource on the server)");
        out.println();
        out.println(
                "| Resources | Files | Job (s) | Job resources/s | Download (s) | End to end resources/s | By type |");
        out.println("|---:|---:|---:|---:|---:|---:|---|");
        out.println(format(
                "| %d | %d | %.1f | %.0f | %.1f | %.0f | %s |",
                export.resources(),
                export.files(),
                export.jobNanos() / 1e9,
                export.jobResourcesPerSecond(),
                export.downloadNanos() / 1e9,
                export.endToEndResourcesPerSecond(),
                export.byType()));
    }

    private static void printResultLines(Run run, PrintStream out) {
        BenchmarkOptions options = run.options();
        String label = "label="
                + (options.validationLabel().isBlank()
                        ? "none"
                        : options.validationLabel().strip().replaceAll("\\s+", "_"))
                + (options.securityLabel().isBlank()
                        ? ""
                        : " security=" + options.securityLabel().strip().replaceAll("\\s+", "_"));
        out.println(format(
                "RESULT run server=%s patients=%d seed=%d from=%d started=%s finished=%s %s",
                options.server(),
                options.patients(),
                options.seed(),
                options.from(),
                run.started(),
                run.finished(),
                label));
        for (IngestPhase.Result result : run.ingest()) {
            out.println(format(
                    "RESULT %s.clients=%d bundles=%d resources=%d wall_s=%.3f resources_per_s=%.1f bundles_per_s=%.1f p50_ms=%.2f p95_ms=%.2f %s",
                    result.phase().startsWith("re-send") ? "resend" : "ingest",
                    result.clients(),
                    result.bundles(),
                    result.resources(),
                    result.wallNanos() / 1e9,
                    result.resourcesPerSecond(),
                    result.bundlesPerSecond(),
                    result.latencies().percentileMillis(50),
                    result.latencies().percentileMillis(95),
                    label));
            if (result.phase().startsWith("re-send")) {
                double first = run.ingest().stream()
                        .filter(other -> other.phase().equals("ingest B"))
                        .findFirst()
                        .orElseThrow()
                        .resourcesPerSecond();
                out.println(format(
                        "RESULT resend.ratio=%.3f created=%d %s",
                        result.resourcesPerSecond() / first, result.created(), label));
            }
        }
        for (ReadPhase.Result result : run.reads()) {
            out.println(format(
                    "RESULT read.query=%s samples=%d p50_ms=%.2f p95_ms=%.2f max_ms=%.2f requests_per_s=%.1f empty=%d %s",
                    result.query().key,
                    result.latencies().count(),
                    result.latencies().percentileMillis(50),
                    result.latencies().percentileMillis(95),
                    result.latencies().maxMillis(),
                    result.requestsPerSecond(),
                    result.emptyResults(),
                    label));
        }
        printExportResultLine(run, out, label);
    }

    private static void printExportResultLine(Run run, PrintStream out, String label) {
        ExportPhase.Result export = run.export();
        if (export == null) {
            return;
        }
        out.println(format(
                "RESULT export.resources=%d files=%d job_s=%.3f job_resources_per_s=%.1f download_s=%.3f"
                        + " end_to_end_resources_per_s=%.1f %s",
                export.resources(),
                export.files(),
                export.jobNanos() / 1e9,
                export.jobResourcesPerSecond(),
                export.downloadNanos() / 1e9,
                export.endToEndResourcesPerSecond(),
                label));
    }

    private static void row(PrintStream out, String key, String value) {
        out.println("| " + key + " | " + value.replace("|", "\\|") + " |");
    }

    /** Locale.ROOT keeps the decimal point a point, whatever the machine's locale, for the parsers downstream. */
    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}

package org.ephr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void printWhenRunCompleteThenOneParsableResultLinePerMeasurement() {
        String output = printed(Locale.GERMANY); // a decimal comma locale must not leak into RESULT lines

        List<String> results =
                output.lines().filter(line -> line.startsWith("RESULT ")).toList();

        assertThat(results).hasSize(1 + 3 + 1 + ReadQuery.values().length + 1);
        assertThat(fields(results.get(results.size() - 1)))
                .containsEntry("export.resources", "12000")
                .containsEntry("job_resources_per_s", "3000.0")
                .containsEntry("end_to_end_resources_per_s", "2400.0");
        Map<String, String> ingestB = fields(results.get(2));
        assertThat(ingestB)
                .containsEntry("ingest.clients", "4")
                .containsEntry("bundles", "2")
                .containsEntry("resources", "20")
                .containsEntry("wall_s", "0.500")
                .containsEntry("resources_per_s", "40.0")
                .containsEntry("p50_ms", "100.00")
                .containsEntry("label", "base_R4");
        assertThat(fields(results.get(3))).containsEntry("resend.clients", "4");
        assertThat(fields(results.get(4)))
                .as("re-sending at half the first ingest's speed, creating nothing")
                .containsEntry("resend.ratio", "0.500")
                .containsEntry("created", "0");
        assertThat(fields(results.get(5)))
                .containsEntry("read.query", "patient-by-identifier")
                .containsEntry("empty", "0");
    }

    @Test
    void printWhenRunCompleteThenMarkdownSummaryNamesServerAndPhases() {
        String output = printed(Locale.ROOT);

        assertThat(output)
                .contains("# e-PHR FHIR server benchmark")
                .contains("| Server | http://localhost:8080/fhir |")
                .contains("| Validation | base R4 |")
                .contains("| ingest B | 4 | 2 | 20 | 0.50 | 40.0 | 4.0 | 100.0 | 300.0 | 20 |")
                .contains("`Patient/<id>/$summary (IPS document)`")
                .contains("`Patient/<id>/$everything (first page)`")
                .contains("| 12000 | 6 | 4.0 | 3000 | 1.0 | 2400 | {Observation=8000, Patient=4000} |");
    }

    private static String printed(Locale locale) {
        Locale previous = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            BenchmarkOptions options = BenchmarkOptions.parse(
                    "--server", "http://localhost:8080/fhir", "--from", "0", "--validation-label", "base R4");
            IngestPhase.Result single =
                    new IngestPhase.Result("ingest A", 1, 2, 20, 1_000_000_000L, latencies(100, 300), List.of(), 20);
            IngestPhase.Result concurrent =
                    new IngestPhase.Result("ingest B", 4, 2, 20, 500_000_000L, latencies(100, 300), List.of(), 20);
            IngestPhase.Result resent =
                    new IngestPhase.Result("re-send B", 4, 2, 20, 1_000_000_000L, latencies(200, 400), List.of(), 0);
            List<ReadPhase.Result> reads = Arrays.stream(ReadQuery.values())
                    .map(query -> new ReadPhase.Result(query, 1_000_000_000L, latencies(5, 7, 9), 0))
                    .toList();
            Report.Run run = new Report.Run(
                    options,
                    "HAPI FHIR Server 8.8.0 (FHIR 4.0.1)",
                    Instant.parse("2025-01-01T10:00:00Z"),
                    Instant.parse("2025-01-01T10:05:00Z"),
                    List.of(single, concurrent, resent),
                    reads,
                    new ExportPhase.Result(
                            12_000,
                            6,
                            4_000_000_000L,
                            1_000_000_000L,
                            Map.of("Observation", 8_000L, "Patient", 4_000L)));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Report.print(run, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            Locale.setDefault(previous);
        }
    }

    private static LatencyRecorder latencies(int... millis) {
        LatencyRecorder recorder = new LatencyRecorder();
        Arrays.stream(millis).forEach(ms -> recorder.record(ms * 1_000_000L));
        return recorder;
    }

    private static Map<String, String> fields(String resultLine) {
        return Arrays.stream(resultLine.substring("RESULT ".length()).split(" "))
                .map(field -> field.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }
}

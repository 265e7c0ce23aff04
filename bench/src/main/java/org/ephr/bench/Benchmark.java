package org.ephr.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A benchmark program (not a test) for an already running server: warm-up, ingest with one client, ingest with
 * several, then reads. See {@link BenchmarkOptions#USAGE}. Exits with status 1 at the first failed request
 * (printing the server's OperationOutcome), 2 on bad arguments.
 */
public final class Benchmark {
    private final BenchmarkOptions options;

    Benchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        System.setProperty(
                "org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        try {
            Report.print(new Benchmark(options).run(), System.out);
        } catch (BenchmarkFailure e) {
            System.err.println("Benchmark aborted. " + e.getMessage());
            System.exit(1);
        }
    }

    Report.Run run() {
        Instant started = Instant.now();
        FhirServer server = new FhirServer(options.server(), options.tokenCommand());
        String software = server.describeSoftware();
        progress("Server: %s (%s)", options.server(), software);
        if (options.readsOnly() != null) {
            List<LoadedPatient> loaded = LoadedPatientsFile.read(Path.of(options.readsOnly()));
            List<ReadPhase.Result> reads = read(server, loaded);
            return new Report.Run(options, software, started, Instant.now(), List.of(), reads, null);
        }

        // Bundles are generated before any clock starts: the figures measure the server, not the generator.
        MigrantPopulation population = new MigrantPopulation(options.seed(), LocalDate.now());
        int firstSet = options.patients() / 2;
        int secondSet = options.patients() - firstSet;
        List<Bundle> setA = population.people(options.from(), firstSet);
        List<Bundle> setB = population.people(options.from() + firstSet, secondSet);
        List<Bundle> warmUp = population.people(options.from() + options.patients(), options.warmUpBundles());
        // The same people again, as a national system re-sends after a timeout: every entry a conditional create.
        List<Bundle> resendB = population.idempotent().people(options.from() + firstSet, secondSet);

        IngestPhase ingest = new IngestPhase(server);
        progress("Warm-up: %d bundles", warmUp.size());
        ingest.warmUp(warmUp);
        progress("Ingest A: %d bundles, 1 client", setA.size());
        IngestPhase.Result phaseA = ingest.run("ingest A", setA, 1);
        progress("Ingest B: %d bundles, %d clients", setB.size(), options.concurrentClients());
        IngestPhase.Result phaseB = ingest.run("ingest B", setB, options.concurrentClients());
        progress("Re-send B: %d bundles, %d clients", resendB.size(), options.concurrentClients());
        IngestPhase.Result resent = ingest.run("re-send B", resendB, options.concurrentClients());

        List<LoadedPatient> loaded = new ArrayList<>(phaseA.patients());
        loaded.addAll(phaseB.patients());
        if (options.savePatients() != null) {
            LoadedPatientsFile.write(Path.of(options.savePatients()), loaded);
        }
        List<ReadPhase.Result> reads = read(server, loaded);

        ExportPhase.Result export = null;
        if (options.export()) {
            progress("Bulk export: %s", ExportPhase.TYPES);
            export = new ExportPhase(server).run();
        }

        return new Report.Run(
                options, software, started, Instant.now(), List.of(phaseA, phaseB, resent), reads, export);
    }

    private List<ReadPhase.Result> read(FhirServer server, List<LoadedPatient> patients) {
        progress("Reads: %d samples per query over %d patients", options.readSamples(), patients.size());
        return new ReadPhase(server, options.seed(), options.readWarmUp()).run(patients, options.readSamples());
    }

    /** Progress goes to stderr, so that stdout holds only the report. */
    private static void progress(String pattern, Object... args) {
        System.err.println(String.format(Locale.ROOT, pattern, args));
    }
}

package org.ephr.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The same reads sent in pairs to two servers on one database, one with access control off and one with it on: each
 * sample reads one patient from both, in random order. Both servers see the same moments of the machine (its quiet
 * and busy spells, the database's background work), so their ratio is not at the mercy of when each was measured, as
 * it is when the two are run one after the other.
 */
final class PairedReads {

    private final FhirServer off;
    private final FhirServer on;
    private final Random random;
    private final int[] emptyOff = new int[ReadQuery.values().length];
    private final int[] emptyOn = new int[ReadQuery.values().length];

    private PairedReads(FhirServer off, FhirServer on, long seed) {
        this.off = off;
        this.on = on;
        this.random = new Random(seed);
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--off", "--on", "--token-command", "--patients")) {
            if (!options.containsKey(required)) {
                System.err.println("usage: PairedReads --off URL --on URL --token-command CMD --patients FILE"
                        + " [--read-warm-up 2500] [--read-samples 500] [--seed 42]");
                System.exit(2);
            }
        }
        var paired = new PairedReads(
                new FhirServer(options.get("--off"), null),
                new FhirServer(options.get("--on"), options.get("--token-command")),
                Long.parseLong(options.getOrDefault("--seed", "42")));
        paired.run(
                LoadedPatientsFile.read(Path.of(options.get("--patients"))),
                Integer.parseInt(options.getOrDefault("--read-warm-up", "2500")),
                Integer.parseInt(options.getOrDefault("--read-samples", "500")));
    }

    private void run(List<LoadedPatient> patients, int warmUp, int samples) {
        IGenericClient offClient = off.newClient();
        IGenericClient onClient = on.newClient();
        ReadQuery[] queries = ReadQuery.values();
        for (ReadQuery query : queries) {
            for (int i = 0; i < warmUp; i++) {
                LoadedPatient patient = pick(patients);
                long seed = random.nextLong();
                read(off, offClient, query, patient, seed);
                read(on, onClient, query, patient, seed);
            }
        }
        Arrays.fill(emptyOff, 0);
        Arrays.fill(emptyOn, 0);
        System.err.println("Paired reads: warm-up done, measuring");
        LatencyRecorder[] offLatencies = new LatencyRecorder[queries.length];
        LatencyRecorder[] onLatencies = new LatencyRecorder[queries.length];
        for (int q = 0; q < queries.length; q++) {
            offLatencies[q] = new LatencyRecorder();
            onLatencies[q] = new LatencyRecorder();
        }
        for (int i = 0; i < samples; i++) {
            for (int q = 0; q < queries.length; q++) {
                LoadedPatient patient = pick(patients);
                long seed = random.nextLong();
                if (random.nextBoolean()) {
                    offLatencies[q].record(read(off, offClient, queries[q], patient, seed));
                    onLatencies[q].record(read(on, onClient, queries[q], patient, seed));
                } else {
                    onLatencies[q].record(read(on, onClient, queries[q], patient, seed));
                    offLatencies[q].record(read(off, offClient, queries[q], patient, seed));
                }
            }
        }
        for (int q = 0; q < queries.length; q++) {
            double offP95 = offLatencies[q].percentileMillis(95);
            double onP95 = onLatencies[q].percentileMillis(95);
            System.out.printf(
                    Locale.ROOT,
                    "RESULT paired.query=%s samples=%d off_p50_ms=%.2f off_p95_ms=%.2f on_p50_ms=%.2f on_p95_ms=%.2f"
                            + " ratio_p50=%.2f ratio_p95=%.2f empty_off=%d empty_on=%d%n",
                    queries[q].key,
                    samples,
                    offLatencies[q].percentileMillis(50),
                    offP95,
                    onLatencies[q].percentileMillis(50),
                    onP95,
                    onLatencies[q].percentileMillis(50) / offLatencies[q].percentileMillis(50),
                    onP95 / offP95,
                    emptyOff[q],
                    emptyOn[q]);
        }
    }

    /**
     * One read, timed; the pair's seed makes both servers get the same query. Empty answers are counted: both sides
     * should have as many (a secured side with more would be fast for refusing).
     */
    private long read(FhirServer server, IGenericClient client, ReadQuery query, LoadedPatient patient, long seed) {
        long start = System.nanoTime();
        var found = server.call(
                query.key + " for patient " + patient.id() + " at " + server.baseUrl(),
                () -> query.execute(client, patient, new Random(seed)));
        long elapsed = System.nanoTime() - start;
        if (found.getEntry().isEmpty()) {
            (server == off ? emptyOff : emptyOn)[query.ordinal()]++;
        }
        return elapsed;
    }

    private LoadedPatient pick(List<LoadedPatient> patients) {
        return patients.get(random.nextInt(patients.size()));
    }
}

package org.ephr.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hl7.fhir.r4.model.Bundle;

/** One client reading random loaded patients with each kind of query. */
final class ReadPhase {
    /** {@code wallNanos}: the time spent in this query's requests, so requests/s is per query. */
    record Result(ReadQuery query, long wallNanos, LatencyRecorder latencies, int emptyResults) {
        double requestsPerSecond() {
            return latencies.count() / (wallNanos / 1e9);
        }
    }

    private final FhirServer server;
    private final Random random;
    private final int warmUpRequests;

    /** @param warmUpRequests unmeasured requests per query before the samples */
    ReadPhase(FhirServer server, long seed, int warmUpRequests) {
        this.server = server;
        this.random = new Random(seed);
        this.warmUpRequests = warmUpRequests;
    }

    /**
     * Warms each query up, then takes the samples round-robin (one of each query in turn), so that background work
     * the ingest left behind (autovacuum, statistics, caches) weighs on every query alike, not on the first one.
     */
    List<Result> run(List<LoadedPatient> patients, int samples) {
        IGenericClient client = server.newClient();
        ReadQuery[] queries = ReadQuery.values();
        for (ReadQuery query : queries) {
            for (int i = 0; i < warmUpRequests; i++) {
                read(client, query, pick(patients));
            }
        }
        // A line to attach a profiler at: what follows is measured.
        System.err.println("Reads: warm-up done, measuring");
        LatencyRecorder[] latencies = new LatencyRecorder[queries.length];
        long[] busyNanos = new long[queries.length];
        int[] empty = new int[queries.length];
        for (int q = 0; q < queries.length; q++) {
            latencies[q] = new LatencyRecorder();
        }
        for (int i = 0; i < samples; i++) {
            for (int q = 0; q < queries.length; q++) {
                LoadedPatient patient = pick(patients);
                long start = System.nanoTime();
                Bundle found = read(client, queries[q], patient);
                long elapsed = System.nanoTime() - start;
                latencies[q].record(elapsed);
                busyNanos[q] += elapsed;
                if (found.getEntry().isEmpty()) {
                    empty[q]++; // counted, not fatal: the report shows it, and a fast empty answer proves little
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (int q = 0; q < queries.length; q++) {
            results.add(new Result(queries[q], busyNanos[q], latencies[q], empty[q]));
        }
        return results;
    }

    private Bundle read(IGenericClient client, ReadQuery query, LoadedPatient patient) {
        return server.call(query.key + " for patient " + patient.id(), () -> query.execute(client, patient, random));
    }

    private LoadedPatient pick(List<LoadedPatient> patients) {
        return patients.get(random.nextInt(patients.size()));
    }
}

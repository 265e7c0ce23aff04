package org.ephr.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hl7.fhir.r4.model.Bundle;

/** One client reading random loaded patients, one query kind after the other. */
final class ReadPhase {
    private static final int WARM_UP_REQUESTS = 10;

    record Result(ReadQuery query, long wallNanos, LatencyRecorder latencies, int emptyResults) {
        double requestsPerSecond() {
            return latencies.count() / (wallNanos / 1e9);
        }
    }

    private final FhirServer server;
    private final Random random;

    ReadPhase(FhirServer server, long seed) {
        this.server = server;
        this.random = new Random(seed);
    }

    List<Result> run(List<LoadedPatient> patients, int samples) {
        IGenericClient client = server.newClient();
        List<Result> results = new ArrayList<>();
        for (ReadQuery query : ReadQuery.values()) {
            for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                read(client, query, pick(patients));
            }
            LatencyRecorder latencies = new LatencyRecorder();
            int empty = 0;
            long started = System.nanoTime();
            for (int i = 0; i < samples; i++) {
                LoadedPatient patient = pick(patients);
                long start = System.nanoTime();
                Bundle found = read(client, query, patient);
                latencies.record(System.nanoTime() - start);
                if (found.getEntry().isEmpty()) {
                    empty++; // counted, not fatal: the report shows it, and a fast empty answer proves little
                }
            }
            results.add(new Result(query, System.nanoTime() - started, latencies, empty));
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

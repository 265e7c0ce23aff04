package org.ephr.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;

/** Posts prepared transaction bundles with a number of concurrent clients and times every bundle. */
final class IngestPhase {

    /**
     * @param phase what was sent ({@code "ingest A"}, {@code "re-send B"})
     * @param created entries the server answered 201 (a re-send of the same bundles should create none)
     */
    record Result(
            String phase,
            int clients,
            int bundles,
            long resources,
            long wallNanos,
            LatencyRecorder latencies,
            List<LoadedPatient> patients,
            long created) {
        double resourcesPerSecond() {
            return resources / (wallNanos / 1e9);
        }

        double bundlesPerSecond() {
            return bundles / (wallNanos / 1e9);
        }
    }

    private final FhirServer server;

    IngestPhase(FhirServer server) {
        this.server = server;
    }

    /** Posts the bundles without measuring, to warm up the server's and the client's code paths. */
    void warmUp(List<Bundle> bundles) {
        IGenericClient client = server.newClient();
        bundles.forEach(bundle -> post(client, bundle));
    }

    Result run(String phase, List<Bundle> bundles, int clients) {
        java.util.concurrent.atomic.AtomicLong created = new java.util.concurrent.atomic.AtomicLong();
        LatencyRecorder latencies = new LatencyRecorder();
        List<LoadedPatient> patients = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Runnable worker = () -> {
            IGenericClient client = server.newClient();
            for (int i = next.getAndIncrement(); i < bundles.size() && !failed.get(); i = next.getAndIncrement()) {
                Bundle bundle = bundles.get(i);
                long start = System.nanoTime();
                try {
                    Bundle response = post(client, bundle);
                    latencies.record(System.nanoTime() - start);
                    created.addAndGet(response.getEntry().stream()
                            .filter(entry -> entry.getResponse().getStatus().startsWith("201"))
                            .count());
                    patients.add(loadedPatient(bundle, response));
                } catch (RuntimeException e) {
                    failed.set(true);
                    throw e;
                }
            }
        };

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> future : futures) {
                awaitOrRethrow(future);
            }
        } finally {
            pool.shutdownNow();
        }
        long wallNanos = System.nanoTime() - started;
        long resources =
                bundles.stream().mapToLong(bundle -> bundle.getEntry().size()).sum();
        return new Result(
                phase, clients, bundles.size(), resources, wallNanos, latencies, List.copyOf(patients), created.get());
    }

    private Bundle post(IGenericClient client, Bundle bundle) {
        String ephrNumber = ephrNumber(bundle);
        Bundle response = server.call(
                "Transaction for patient " + ephrNumber,
                () -> client.transaction().withBundle(bundle).execute());
        for (Bundle.BundleEntryComponent entry : response.getEntry()) {
            String status = entry.getResponse().getStatus();
            if (status == null || !status.startsWith("2")) {
                throw new BenchmarkFailure("Transaction for patient " + ephrNumber + ": entry answered " + status);
            }
        }
        return response;
    }

    /** The response lists entries in request order, so the first location is the patient's. */
    private static LoadedPatient loadedPatient(Bundle request, Bundle response) {
        String location = response.getEntryFirstRep().getResponse().getLocation();
        if (location == null) {
            throw new BenchmarkFailure("Transaction response without the patient's location: " + ephrNumber(request));
        }
        List<String> codes = request.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance)
                .map(resource ->
                        ((Observation) resource).getCode().getCodingFirstRep().getCode())
                .distinct()
                .toList();
        return new LoadedPatient(new IdType(location).getIdPart(), ephrNumber(request), codes);
    }

    private static String ephrNumber(Bundle bundle) {
        Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
        return patient.getIdentifier().stream()
                .filter(identifier -> MigrantPopulation.EPHR_NUMBER_SYSTEM.equals(identifier.getSystem()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Patient without an e-PHR number"))
                .getValue();
    }

    private static void awaitOrRethrow(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new BenchmarkFailure("Client thread failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("Interrupted while waiting for the clients", e);
        }
    }
}

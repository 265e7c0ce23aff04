package org.ephr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * FHIR Bulk Data export of everything loaded, as a national system fetches it: kick-off, polling once a second until
 * the manifest is there, then every NDJSON file downloaded and its lines counted. Times the job (kick-off to
 * manifest) and the downloads separately.
 */
final class ExportPhase {

    static final String TYPES = "Patient,Encounter,Observation,Immunization,Condition";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FhirServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    ExportPhase(FhirServer server) {
        this.server = server;
    }

    record Result(long resources, int files, long jobNanos, long downloadNanos, Map<String, Long> byType) {
        Result {
            byType = Collections.unmodifiableMap(new TreeMap<>(byType)); // printed in type order
        }

        double jobResourcesPerSecond() {
            return resources / (jobNanos / 1e9);
        }

        double endToEndResourcesPerSecond() {
            return resources / ((jobNanos + downloadNanos) / 1e9);
        }
    }

    Result run() {
        long start = System.nanoTime();
        var kickOff = send(request(server.baseUrl() + "/$export?_type=" + TYPES)
                .header("Prefer", "respond-async")
                .GET()
                .build());
        if (kickOff.statusCode() != 202) {
            throw new BenchmarkFailure("Bulk export kick-off answered " + kickOff.statusCode() + ": " + kickOff.body());
        }
        String status = kickOff.headers()
                .firstValue("Content-Location")
                .orElseThrow(() -> new BenchmarkFailure("Bulk export kick-off gave no Content-Location"));
        JsonNode manifest = awaitManifest(status, start);
        long jobNanos = System.nanoTime() - start;

        long downloadStart = System.nanoTime();
        Map<String, Long> byType = new TreeMap<>();
        long resources = 0;
        for (JsonNode output : manifest.get("output")) {
            long lines = countLines(output.get("url").asText());
            byType.merge(output.get("type").asText(), lines, Long::sum);
            resources += lines;
        }
        return new Result(
                resources, manifest.get("output").size(), jobNanos, System.nanoTime() - downloadStart, byType);
    }

    private JsonNode awaitManifest(String status, long start) {
        while (System.nanoTime() - start < TIMEOUT.toNanos()) {
            var response = send(request(status).GET().build());
            if (response.statusCode() == 200) {
                try {
                    return JSON.readTree(response.body());
                } catch (IOException e) {
                    throw new BenchmarkFailure("Bulk export manifest is not JSON: " + response.body(), e);
                }
            }
            if (response.statusCode() != 202) {
                throw new BenchmarkFailure(
                        "Bulk export status answered " + response.statusCode() + ": " + response.body());
            }
            sleep();
        }
        throw new BenchmarkFailure("Bulk export did not finish within " + TIMEOUT);
    }

    private long countLines(String url) {
        try {
            var response = http.send(
                    request(url)
                            .header("Accept", "application/fhir+ndjson")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new BenchmarkFailure("Download of " + url + " answered " + response.statusCode());
            }
            try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                return reader.lines().filter(line -> !line.isBlank()).count();
            }
        } catch (IOException e) {
            throw new BenchmarkFailure("Download of " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("Interrupted", e);
        }
    }

    private HttpRequest.Builder request(String url) {
        var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5));
        server.bearerToken().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BenchmarkFailure(request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("Interrupted", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("Interrupted", e);
        }
    }
}

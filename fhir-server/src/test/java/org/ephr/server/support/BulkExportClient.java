package org.ephr.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Resource;

/**
 * A national system's side of FHIR Bulk Data export, for tests: kick-off with {@code Prefer: respond-async}, polling
 * the status URL until the manifest, then every NDJSON file, each step's answer asserted on the way.
 */
public final class BulkExportClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final String fhirBase;
    private final FhirContext fhir;

    public BulkExportClient(String fhirBase, FhirContext fhir) {
        this.fhirBase = fhirBase;
        this.fhir = fhir;
    }

    /** Runs an export to the end (kick-off path relative to the FHIR base) and reads all its files. */
    public Files export(String token, String kickOffPathAndQuery) {
        var manifest = awaitManifest(token, kickOff(token, kickOffPathAndQuery));
        Map<String, Resource> resources = new HashMap<>();
        for (JsonNode output : manifest.get("output")) {
            var response = get(token, output.get("url").asText());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            for (String line : response.body().split("\n")) {
                if (!line.isBlank()) {
                    var resource = (Resource) fhir.newJsonParser().parseResource(line);
                    assertThat(resource.fhirType()).isEqualTo(output.get("type").asText());
                    resources.put(
                            resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
                }
            }
        }
        return new Files(manifest, resources);
    }

    /** Starts an export; answers the status URL. */
    public String kickOff(String token, String pathAndQuery) {
        var response = RawHttp.send(HttpRequest.newBuilder(URI.create(fhirBase + "/" + pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/fhir+json")
                .header("Prefer", "respond-async")
                .GET()
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response.headers().firstValue("Content-Location").orElseThrow();
    }

    public JsonNode awaitManifest(String token, String statusUrl) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            var response = get(token, statusUrl);
            if (response.statusCode() == 200) {
                try {
                    return JSON.readTree(response.body());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            assertThat(response.headers().firstValue("X-Progress")).isPresent();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the export", e);
            }
        }
        throw new AssertionError("The export did not finish within " + TIMEOUT);
    }

    /** A status URL or file URL, as the manifest gives them (absolute). */
    public HttpResponse<String> get(String token, String url) {
        return RawHttp.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/fhir+ndjson")
                .GET()
                .build());
    }

    /** An export's manifest and the resources of its files, by {@code Type/id}. */
    public record Files(JsonNode manifest, Map<String, Resource> byReference) {

        public List<String> ids(String type) {
            return byReference.values().stream()
                    .filter(resource -> resource.fhirType().equals(type))
                    .map(resource -> resource.getIdElement().getIdPart())
                    .toList();
        }

        public Set<String> types() {
            return byReference.values().stream().map(Resource::fhirType).collect(Collectors.toSet());
        }
    }
}

package org.ephr.bench;

import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Bearer tokens for a secured server, from a shell command that prints one (for instance
 * {@code src/scripts/keycloak.sh token dr.amal}); a new one is fetched before the old one can expire, outside any
 * measured request's own time as far as possible (the first request after expiry pays for it).
 */
final class BearerTokens implements IClientInterceptor {

    /** Keycloak's demo access tokens live five minutes. */
    private static final Duration REFRESH_AFTER = Duration.ofMinutes(3);

    private final String command;
    private String token;
    private Instant fetched = Instant.MIN;

    BearerTokens(String command) {
        this.command = command;
    }

    synchronized String current() {
        if (token == null || Duration.between(fetched, Instant.now()).compareTo(REFRESH_AFTER) > 0) {
            token = fetch();
            fetched = Instant.now();
        }
        return token;
    }

    @Override
    public void interceptRequest(IHttpRequest request) {
        request.addHeader("Authorization", "Bearer " + current());
    }

    @Override
    public void interceptResponse(IHttpResponse response) {}

    private String fetch() {
        try {
            var process = new ProcessBuilder("sh", "-c", command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0 || output.isEmpty()) {
                throw new BenchmarkFailure("Token command failed: " + command);
            }
            return output;
        } catch (IOException e) {
            throw new BenchmarkFailure("Token command failed: " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("Interrupted while fetching a token", e);
        }
    }
}

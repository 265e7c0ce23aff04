package org.ephr.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * The server under test, reached through HAPI's generic client. One FhirContext (and so one HTTP connection
 * pool) is shared by every client thread.
 */
final class FhirServer {
    private static final int SOCKET_TIMEOUT_MILLIS = 60_000;
    private static final int POOL_SIZE = 16;

    private final String baseUrl;
    private final FhirContext context = FhirContext.forR4();

    private final BearerTokens tokens;

    /** @param tokenCommand prints a bearer token for a secured server, or null */
    FhirServer(String baseUrl, String tokenCommand) {
        this.baseUrl = baseUrl;
        this.tokens = tokenCommand == null ? null : new BearerTokens(tokenCommand);
        IRestfulClientFactory factory = context.getRestfulClientFactory();
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        factory.setSocketTimeout(SOCKET_TIMEOUT_MILLIS);
        factory.setConnectTimeout(10_000);
        factory.setConnectionRequestTimeout(SOCKET_TIMEOUT_MILLIS);
        factory.setPoolMaxTotal(POOL_SIZE);
        factory.setPoolMaxPerRoute(POOL_SIZE);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The bearer token for requests made outside HAPI's client; empty for an unsecured server. */
    Optional<String> bearerToken() {
        return tokens == null ? Optional.empty() : Optional.of(tokens.current());
    }

    FhirContext context() {
        return context;
    }

    IGenericClient newClient() {
        IGenericClient client = context.newRestfulGenericClient(baseUrl);
        client.setEncoding(EncodingEnum.JSON);
        if (tokens != null) {
            client.registerInterceptor(tokens);
        }
        return client;
    }

    /** "HAPI FHIR Server 8.8.0 (FHIR 4.0.1)", or whatever the server says about itself. */
    String describeSoftware() {
        CapabilityStatement capabilities = call("GET " + baseUrl + "/metadata", () -> newClient()
                .capabilities()
                .ofType(CapabilityStatement.class)
                .execute());
        return (capabilities.getSoftware().getName() + " "
                                + capabilities.getSoftware().getVersion())
                        .strip() + " (FHIR " + capabilities.getFhirVersion().toCode() + ")";
    }

    /** Runs a request, turning any failure into a {@link BenchmarkFailure} that carries the OperationOutcome. */
    <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (FhirClientConnectionException e) {
            throw new BenchmarkFailure(what + " failed, server unreachable: " + e.getMessage(), e);
        } catch (BaseServerResponseException e) {
            StringBuilder message = new StringBuilder(what + " failed: " + e.getMessage());
            if (e.getOperationOutcome() != null) {
                message.append(System.lineSeparator())
                        .append(context.newJsonParser()
                                .setPrettyPrint(true)
                                .encodeResourceToString(e.getOperationOutcome()));
            }
            throw new BenchmarkFailure(message.toString(), e);
        } catch (RuntimeException e) {
            throw new BenchmarkFailure(what + " failed: " + e, e);
        }
    }
}

package org.ephr.server.support;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome;

/** Sends bytes exactly as given, for inputs a FHIR client library would refuse to produce. */
public final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private RawHttp() {}

    public static HttpResponse<String> post(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The response body as the OperationOutcome every error must carry, in whichever format the server chose. */
    public static OperationOutcome outcome(HttpResponse<String> response) {
        var parser = response.body().trim().startsWith("<")
                ? FhirContext.forR4Cached().newXmlParser()
                : FhirContext.forR4Cached().newJsonParser();
        return parser.parseResource(OperationOutcome.class, response.body());
    }

    /**
     * A GET whose request line is sent byte for byte (java.net.URI would percent-encode or refuse characters such
     * as the bar of {@code system|code}); returns the status code and body.
     */
    public static Map.Entry<Integer, String> getVerbatim(int port, String pathAndQuery) {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET " + pathAndQuery + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: application/fhir+json\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            return Map.entry(status, response.substring(response.indexOf("\r\n\r\n") + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For binary answers (PDF). */
    public static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

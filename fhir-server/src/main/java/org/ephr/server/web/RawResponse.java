package org.ephr.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The body of an operation that answers with its own bytes ({@code manualResponse}), not a FHIR resource. */
public final class RawResponse {

    private RawResponse() {}

    /** Answers 200 with exactly {@code body}; the caller sets the content type and other headers first. */
    public static void writeOk(HttpServletResponse response, byte[] body) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(body.length);
        try (var out = response.getOutputStream()) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

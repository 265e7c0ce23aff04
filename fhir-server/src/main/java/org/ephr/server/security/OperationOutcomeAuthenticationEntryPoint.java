package org.ephr.server.security;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for a missing or refused token: Spring's {@code WWW-Authenticate: Bearer ...} challenge (RFC 6750), with a
 * FHIR {@code OperationOutcome} as the body so that FHIR clients can show why.
 */
class OperationOutcomeAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final FhirContext fhirContext;
    private final ApplicationEventPublisher events;

    OperationOutcomeAuthenticationEntryPoint(FhirContext fhirContext, ApplicationEventPublisher events) {
        this.fhirContext = fhirContext;
        this.events = events;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure);
        String diagnostics = request.getHeader("Authorization") == null
                ? "Authentication required: send an OAuth 2.0 bearer access token"
                : "The access token was refused: " + failure.getMessage();
        events.publishEvent(new UnauthenticatedRequestEvent(
                request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), diagnostics));
        OperationOutcomes.write(fhirContext, response, OperationOutcome.IssueType.LOGIN, diagnostics);
    }
}

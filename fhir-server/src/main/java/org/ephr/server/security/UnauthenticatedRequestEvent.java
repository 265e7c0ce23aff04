package org.ephr.server.security;

/**
 * A request to the FHIR API refused with 401 before it reached the FHIR server: no token, or one that failed
 * validation. Published so that the audit trail records it.
 *
 * @param reason why the token was refused, as the token validation said it (never the token itself)
 */
public record UnauthenticatedRequestEvent(String method, String path, String clientAddress, String reason) {}

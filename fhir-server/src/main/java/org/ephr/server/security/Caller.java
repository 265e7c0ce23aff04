package org.ephr.server.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the access rules, consent and audit see it: read from the caller's validated access token.
 * {@code organization} and {@code country} are the caller's site (or a national system's jurisdiction);
 * {@code patient} is set for a patient user (SMART's launch context claim).
 *
 * @param subject the token's {@code sub}
 * @param username the user's login ({@code preferred_username}), or the client for a service account
 * @param clientId the OAuth client that obtained the token ({@code azp})
 * @param fhirUser the FHIR resource that is the user (SMART's {@code fhirUser} claim), may be null
 */
public record Caller(
        String subject,
        String username,
        String clientId,
        Set<String> roles,
        Set<String> scopes,
        String organization,
        String country,
        String patient,
        String fhirUser) {

    /** The stand-in for every request when security is switched off (local development only). */
    public static final Caller UNAUTHENTICATED_LOCAL =
            new Caller("local", "local-unsecured", "local", Set.of(), Set.of(), null, null, null, null);

    private static final ObjectMapper SNAPSHOT_JSON = new ObjectMapper();

    public Caller {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    /** The caller of the request being handled on this thread, if it carried a validated token. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication known) {
            return Optional.of(known.caller());
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(fromToken(token.getToken()));
        }
        return Optional.empty();
    }

    static Caller fromToken(Jwt jwt) {
        String username =
                Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        return new Caller(
                jwt.getSubject(),
                username,
                jwt.getClaimAsString("azp"),
                realmRoles(jwt),
                scopes(jwt.getClaimAsString("scope")),
                jwt.getClaimAsString("organization"),
                jwt.getClaimAsString("country"),
                jwt.getClaimAsString("patient"),
                jwt.getClaimAsString("fhirUser"));
    }

    /**
     * The caller as JSON text, for work that outlives the request (a bulk export job keeps it with its parameters,
     * which take only plain values, and applies consent as this caller while it runs).
     */
    public String snapshot() {
        Map<String, Object> values = new HashMap<>();
        values.put("subject", subject);
        values.put("username", username);
        values.put("clientId", clientId);
        values.put("roles", List.copyOf(roles));
        values.put("scopes", List.copyOf(scopes));
        values.put("organization", organization);
        values.put("country", country);
        values.put("patient", patient);
        values.put("fhirUser", fhirUser);
        try {
            return SNAPSHOT_JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a caller snapshot", e);
        }
    }

    /** The caller a {@link #snapshot()} was taken of; empty if the value is not one. */
    public static Optional<Caller> fromSnapshot(Object snapshot) {
        Map<?, ?> values;
        try {
            values = snapshot instanceof String text ? SNAPSHOT_JSON.readValue(text, Map.class) : Map.of();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (!(values.get("subject") instanceof String subject)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(
                subject,
                text(values, "username"),
                text(values, "clientId"),
                texts(values, "roles"),
                texts(values, "scopes"),
                text(values, "organization"),
                text(values, "country"),
                text(values, "patient"),
                text(values, "fhirUser")));
    }

    private static String text(Map<?, ?> values, String key) {
        return values.get(key) instanceof String value ? value : null;
    }

    private static Set<String> texts(Map<?, ?> values, String key) {
        return values.get(key) instanceof Collection<?> items
                ? items.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet())
                : Set.of();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    private static Set<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return Set.of();
        }
        return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> scopes(String scope) {
        if (scope == null || scope.isBlank()) {
            return Set.of();
        }
        // Set.copyOf, not Set.of: a repeated scope must not fail the request.
        return Set.copyOf(Arrays.asList(scope.trim().split("\\s+")));
    }
}

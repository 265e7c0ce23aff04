package org.ephr.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled {@code false} switches access control off entirely: local development only, refused unless the
 *     server listens on loopback, and announced loudly in the log
 * @param issuerUri the OpenID provider's issuer (a Keycloak realm); tokens must carry exactly this {@code iss}
 * @param jwkSetUri where the signing keys are published; empty derives Keycloak's from the issuer
 * @param audience the audience every access token must name in {@code aud}
 * @param clockSkew tolerance for {@code exp} and {@code nbf} between the identity provider's clock and ours
 */
@ConfigurationProperties("ephr.security")
public record SecurityProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("") String issuerUri,
        @DefaultValue("") String jwkSetUri,
        @DefaultValue("ephr-fhir") String audience,
        @DefaultValue("30s") Duration clockSkew) {

    String effectiveJwkSetUri() {
        return jwkSetUri.isBlank() ? issuerUri + "/protocol/openid-connect/certs" : jwkSetUri;
    }

    String authorizationEndpoint() {
        return issuerUri + "/protocol/openid-connect/auth";
    }

    String tokenEndpoint() {
        return issuerUri + "/protocol/openid-connect/token";
    }
}

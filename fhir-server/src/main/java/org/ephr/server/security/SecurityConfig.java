package org.ephr.server.security;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The FHIR API is an OAuth 2.0 resource server: every request but the CapabilityStatement and the SMART
 * configuration needs a bearer token from the configured issuer. What an authenticated caller may then do is
 * decided inside the FHIR server ({@link AuthorizationRulesInterceptor}, consent), where the resources are known.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String[] PUBLIC_PATHS = {
        "/fhir/metadata", "/fhir/.well-known/smart-configuration", "/.well-known/smart-configuration"
    };

    @Bean
    @ConditionalOnProperty(name = "ephr.security.enabled", havingValue = "true", matchIfMissing = true)
    SecurityFilterChain resourceServer(
            HttpSecurity http, JwtDecoder jwtDecoder, FhirContext fhirContext, ApplicationEventPublisher events)
            throws Exception {
        var entryPoint = new OperationOutcomeAuthenticationEntryPoint(fhirContext, events);
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_PATHS)
                        .permitAll()
                        // Health and metrics carry no personal data; keep the management port off public networks.
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(
                        oauth -> oauth.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(callerFromToken()))
                                .authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .build();
    }

    /** Spring Security's firewall as it comes, with a cheaper check of header values ({@link HeaderValues}). */
    @Bean
    WebSecurityCustomizer firewallWithCheaperHeaderCheck() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(new HeaderValues());
        return web -> web.httpFirewall(firewall);
    }

    /**
     * No observation of each filter of the chain: around a dozen filters, each timed on every request, for metrics
     * nobody reads; authentications (failures included) are still observed, and every request is timed as a whole.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "ephr.security.enabled", havingValue = "true", matchIfMissing = true)
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        if (properties.issuerUri().isBlank()) {
            throw new IllegalStateException("ephr.security.issuer-uri is required when security is enabled (set"
                    + " EPHR_OIDC_ISSUER to the Keycloak realm's issuer)");
        }
        // RS256 only: a token with "alg": "none", or HMAC-signed with the realm's public key as the secret, is
        // refused before any claim is read. The key set is fetched on first use, so the server can start first.
        var decoder = NimbusJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        var validator = tokenValidator(properties);
        decoder.setJwtValidator(validator);
        return new VerifiedTokenCache(decoder, validator);
    }

    static OAuth2TokenValidator<Jwt> tokenValidator(SecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtClaimValidator<>(JwtClaimNames.EXP, exp -> exp != null),
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.contains(properties.audience()))));
    }

    /**
     * The user's login names the authenticated principal (for logs), and the {@link Caller} is read from the token
     * once per request. Roles need no Spring authorities: what a caller may do is decided in the FHIR server.
     */
    private static Converter<Jwt, CallerAuthentication> callerFromToken() {
        return CallerAuthentication::of;
    }

    @Bean
    @ConditionalOnProperty(name = "ephr.security.enabled", havingValue = "false")
    SecurityFilterChain unsecuredLoopbackOnly(HttpSecurity http, UnsecuredModeGuard guard) throws Exception {
        guard.refuseUnlessLoopback();
        return http.csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "ephr.security.enabled", havingValue = "false")
    UnsecuredModeGuard unsecuredModeGuard(Environment environment) {
        return new UnsecuredModeGuard(environment.getProperty("server.address"));
    }
}

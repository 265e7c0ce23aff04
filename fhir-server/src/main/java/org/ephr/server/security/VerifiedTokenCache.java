package org.ephr.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers tokens whose signature has been verified. A client sends the same bearer token with every request
 * until it expires (5 minutes in the e-PHR realm), and parsing it and verifying its signature again each time was
 * the largest single cost access control added to a read (docs/performance.md). The claims (expiry, issuer,
 * audience) are validated again on every use: only the parsing and the signature check are saved. A token signed
 * with a key the realm has since withdrawn stays accepted until it expires, as with any cached key set.
 */
final class VerifiedTokenCache implements JwtDecoder {

    /** Far above the tokens alive at once here; about 2 KB each. */
    private static final int MAXIMUM_TOKENS = 10_000;
    /** Longer than any token lives; expired ones are refused by the validator before this evicts them. */
    private static final Duration MAXIMUM_AGE = Duration.ofMinutes(30);

    private final JwtDecoder verifying;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(JwtDecoder verifying, OAuth2TokenValidator<Jwt> validator) {
        this.verifying = verifying;
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAXIMUM_TOKENS)
                .expireAfterWrite(MAXIMUM_AGE)
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            // Throws for a bad signature or bad claims: only good tokens are remembered.
            Jwt jwt = verifying.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: " + description, result.getErrors());
        }
        return known;
    }
}

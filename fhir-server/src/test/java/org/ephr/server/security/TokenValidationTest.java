package org.ephr.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The claim checks every token passes, with a key of the test's own (the signature checks run in TokenAttacksIT). */
class TokenValidationTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/ephr";
    private static final SecurityProperties PROPERTIES =
            new SecurityProperties(true, ISSUER, "", "ephr-fhir", Duration.ofSeconds(30));

    private static KeyPair keys;
    private static JwtDecoder decoder;

    @BeforeAll
    static void decoderTrustingTestKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        var nimbus =
                NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        nimbus.setJwtValidator(SecurityConfig.tokenValidator(PROPERTIES));
        decoder = nimbus;
    }

    @Test
    void decodeWhenIssuerAudienceAndLifetimeRightThenAccepted() throws Exception {
        var jwt = decoder.decode(token(claims -> claims));

        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("dr.amal");
    }

    @Test
    void decodeWhenExpiredBeyondClockSkewThenRefused() {
        assertRefused(
                claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(360)))
                        .expirationTime(Date.from(Instant.now().minusSeconds(60))),
                "expired");
    }

    @Test
    void decodeWhenNotYetValidThenRefused() {
        assertRefused(claims -> claims.notBeforeTime(Date.from(Instant.now().plusSeconds(300))), "");
    }

    @Test
    void decodeWhenNoExpiryThenRefused() {
        assertRefused(claims -> claims.expirationTime(null), "exp");
    }

    @Test
    void decodeWhenOtherIssuerThenRefused() {
        assertRefused(claims -> claims.issuer("http://127.0.0.1:8180/realms/master"), "iss");
    }

    @Test
    void decodeWhenAudienceIsNotTheFhirApiThenRefused() {
        assertRefused(claims -> claims.audience(List.of("account")), "aud");
    }

    @Test
    void decodeWhenSameTokenAgainThenSignatureNotVerifiedAgain() throws Exception {
        var verifications = new AtomicInteger();
        JwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return decoder.decode(token);
        };
        var cache = new VerifiedTokenCache(counting, SecurityConfig.tokenValidator(PROPERTIES));
        String token = token(claims -> claims);

        cache.decode(token);
        var again = cache.decode(token);

        assertThat(verifications).hasValue(1);
        assertThat(again.getClaimAsString("preferred_username")).isEqualTo("dr.amal");
    }

    @Test
    void decodeWhenRememberedTokenHasSinceExpiredThenRefused() throws Exception {
        var now = new AtomicReference<>(Instant.now());
        var timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });
        var cache = new VerifiedTokenCache(decoder, timestamps);
        String token = token(claims -> claims);
        cache.decode(token);

        now.set(Instant.now().plusSeconds(301));

        assertThatThrownBy(() -> cache.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    private static void assertRefused(UnaryOperator<JWTClaimsSet.Builder> change, String mentioning) {
        assertThatThrownBy(() -> decoder.decode(token(change)))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining(mentioning);
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("user-1")
                .audience(List.of("ephr-fhir", "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "dr.amal");
        var jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.RS256), change.apply(claims).build());
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }
}

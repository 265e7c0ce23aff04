package org.ephr.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.ephr.server.support.KeycloakTestServer;
import org.ephr.server.support.RawHttp;
import org.ephr.server.support.SecuredServerTestBase;
import org.junit.jupiter.api.Test;

/**
 * Tokens an attacker could present, each refused with 401, a Bearer challenge and an OperationOutcome, against
 * tokens and keys of the real Keycloak realm. (Expiry, issuer and audience claims: TokenValidationTest.)
 */
class TokenAttacksIT extends SecuredServerTestBase {

    @Test
    void searchWhenNoTokenThenUnauthorizedWithChallenge() {
        assertUnauthorized(get(null, "Patient"));
    }

    @Test
    void searchWhenTokenIsNotAJwtThenUnauthorized() {
        assertUnauthorized(get("not-a-token", "Patient"));
    }

    @Test
    void searchWhenValidTokenThenNotRefusedForAuthentication() {
        var response = get(tokenOf("dr.amal"), "Patient?_count=1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void searchWhenPayloadAlteredUnderOriginalSignatureThenUnauthorized() {
        String[] parts = tokenOf("pho.jo").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"public-health-officer\"", "\"clinician\"");
        String forged = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];

        assertUnauthorized(get(forged, "Patient"));
    }

    @Test
    void searchWhenAlgNoneThenUnauthorized() {
        String[] parts = tokenOf("dr.amal").split("\\.");
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();

        assertUnauthorized(get(header + "." + parts[1] + ".", "Patient"));
    }

    @Test
    void searchWhenHmacSignedWithRealmPublicKeyThenUnauthorized() throws Exception {
        var realmKey = JWKSet.load(
                        URI.create(KeycloakTestServer.get().jwksUri()).toURL())
                .getKeys()
                .stream()
                .filter(key -> key instanceof RSAKey)
                .map(RSAKey.class::cast)
                .findFirst()
                .orElseThrow();
        var claims =
                JWTClaimsSet.parse(KeycloakTestServer.claims(tokenOf("dr.amal")).toString());
        byte[] der = realmKey.toRSAPublicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";

        for (byte[] secret : new byte[][] {der, pem.getBytes(StandardCharsets.US_ASCII)}) {
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(realmKey.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new MACSigner(secret));
            assertUnauthorized(get(jwt.serialize(), "Patient"));
        }
    }

    @Test
    void searchWhenTokenFromAnotherRealmThenUnauthorized() {
        assertUnauthorized(get(KeycloakTestServer.get().adminToken(), "Patient"));
    }

    @Test
    void searchWhenTokenIssuedToAClientOutsideTheFhirAudienceThenUnauthorized() {
        // Keycloak's built-in admin-cli client of the same realm: genuine signature and issuer, not meant for us.
        var response = KeycloakTestServer.postForm(
                KeycloakTestServer.get().tokenEndpoint(),
                Map.of(
                        "grant_type", "password",
                        "client_id", "admin-cli",
                        "username", "dr.amal",
                        "password", KeycloakTestServer.DEMO_PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        assertThat(KeycloakTestServer.claims(token).path("aud").toString()).doesNotContain("ephr-fhir");

        assertUnauthorized(get(token, "Patient"));
    }

    @Test
    void capabilityStatementAndSmartConfigurationWhenNoTokenThenPublic() {
        assertThat(get(null, "metadata").statusCode()).isEqualTo(200);

        var smart = RawHttp.get(fhirBase() + "/.well-known/smart-configuration");
        assertThat(smart.statusCode()).isEqualTo(200);
        assertThat(smart.body())
                .contains("\"token_endpoint\":\"" + KeycloakTestServer.get().tokenEndpoint() + "\"")
                .contains("permission-v2", "patient/*.rs");
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                .isNotBlank();
    }
}

package org.ephr.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ephr.server.support.KeycloakTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The realm export {@code deploy/keycloak/ephr-realm.json} gives every user and national system a token with what the
 * FHIR server's access rules need: issuer, audience {@code ephr-fhir}, role, organisation, country, patient, fhirUser
 * and SMART scopes. Needs no Spring context.
 */
class KeycloakRealmIT {

    private static final String AUDIENCE = "ephr-fhir";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakTestServer keycloak = KeycloakTestServer.get();

    @ParameterizedTest
    @CsvSource({
        "dr.amal,  site-jo-amman,  JO, Practitioner/dr-amal",
        "dr.nour,  site-jo-irbid,  JO, Practitioner/dr-nour",
        "dr.klaus, site-de-berlin, DE, Practitioner/dr-klaus"
    })
    void clinicianTokenCarriesOrganisationCountryAndRole(
            String username, String organization, String country, String fhirUser) {
        JsonNode claims = KeycloakTestServer.claims(keycloak.userToken(username));

        assertIssuedForTheFhirApi(claims);
        assertThat(roles(claims)).contains("clinician").doesNotContain("patient", "admin", "ehr-system");
        assertThat(claims.path("organization").asText()).isEqualTo(organization);
        assertThat(claims.path("country").asText()).isEqualTo(country);
        assertThat(claims.path("fhirUser").asText()).isEqualTo(fhirUser);
        assertThat(claims.has("patient")).isFalse();
        assertThat(scopes(claims)).contains("fhirUser", "user/*.cruds");
    }

    @Test
    void publicHealthOfficerTokenCarriesOrganisationCountryAndRole() {
        JsonNode claims = KeycloakTestServer.claims(keycloak.userToken("pho.jo"));

        assertIssuedForTheFhirApi(claims);
        assertThat(roles(claims)).contains("public-health-officer").doesNotContain("clinician");
        assertThat(claims.path("organization").asText()).isEqualTo("moh-jo");
        assertThat(claims.path("country").asText()).isEqualTo("JO");
    }

    @ParameterizedTest
    @CsvSource({"migrant.demo, migrant-demo-1", "migrant.other, migrant-demo-2"})
    void patientTokenCarriesPatientContextAndRequestedSmartScopes(String username, String patientId) {
        JsonNode claims = KeycloakTestServer.claims(keycloak.userToken(username, "openid launch/patient patient/*.rs"));

        assertIssuedForTheFhirApi(claims);
        assertThat(roles(claims)).contains("patient").doesNotContain("clinician");
        assertThat(claims.path("patient").asText()).isEqualTo(patientId);
        assertThat(claims.path("fhirUser").asText()).isEqualTo("Patient/" + patientId);
        assertThat(claims.has("organization")).isFalse();
        assertThat(scopes(claims)).contains("openid", "launch/patient", "patient/*.rs", "fhirUser");
    }

    @Test
    void adminTokenCarriesRoleAndOperationsOrganisation() {
        JsonNode claims = KeycloakTestServer.claims(keycloak.userToken("admin.ephr"));

        assertIssuedForTheFhirApi(claims);
        assertThat(roles(claims)).contains("admin").doesNotContain("clinician");
        assertThat(claims.path("organization").asText()).isEqualTo("ephr-ops");
    }

    @Test
    void optionalSmartScopesAreGrantedOnlyWhenAsked() {
        assertThat(scopes(KeycloakTestServer.claims(keycloak.userToken("dr.amal"))))
                .doesNotContain("user/*.rs", "patient/*.rs", "launch/patient");
        assertThat(scopes(KeycloakTestServer.claims(keycloak.userToken("dr.amal", "user/*.rs"))))
                .contains("user/*.rs", "user/*.cruds");
    }

    @Test
    void idTokenAndUserinfoCarryTheSameUserClaims() throws Exception {
        var response = KeycloakTestServer.postForm(
                keycloak.tokenEndpoint(),
                Map.of(
                        "grant_type", "password",
                        "client_id", KeycloakTestServer.APP_CLIENT,
                        "username", "dr.klaus",
                        "password", KeycloakTestServer.DEMO_PASSWORD,
                        "scope", "openid"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tokens = JSON.readTree(response.body());
        JsonNode idToken = KeycloakTestServer.claims(tokens.path("id_token").asText());
        JsonNode userinfo = JSON.readTree(get(
                        keycloak.issuer() + "/protocol/openid-connect/userinfo",
                        tokens.path("access_token").asText())
                .body());

        for (JsonNode claims : List.of(idToken, userinfo)) {
            assertThat(claims.path("organization").asText()).isEqualTo("site-de-berlin");
            assertThat(claims.path("country").asText()).isEqualTo("DE");
            assertThat(claims.path("fhirUser").asText()).isEqualTo("Practitioner/dr-klaus");
        }
    }

    @ParameterizedTest
    @CsvSource({"national-ehr-de, moh-de, DE", "national-ehr-jo, moh-jo, JO"})
    void nationalEhrClientTokenCarriesOrganisationCountryRoleAndSystemScope(
            String clientId, String organization, String country) {
        JsonNode claims = KeycloakTestServer.claims(
                keycloak.clientToken(clientId, "local-dev-secret-" + clientId, "system/*.rs"));

        assertIssuedForTheFhirApi(claims);
        assertThat(claims.path("azp").asText()).isEqualTo(clientId);
        assertThat(roles(claims)).containsExactly("ehr-system");
        assertThat(claims.path("organization").asText()).isEqualTo(organization);
        assertThat(claims.path("country").asText()).isEqualTo(country);
        assertThat(scopes(claims)).contains("system/*.cruds", "system/*.rs").doesNotContain("user/*.cruds");
    }

    @Test
    void backendServicesClientWhenAssertionSignedWithItsKeyThenTokenAndWithAnotherKeyOrASecretThenRefused()
            throws Exception {
        String clientId = "national-ehr-jo-backend";
        JsonNode claims = KeycloakTestServer.claims(
                keycloak.backendServicesToken(clientId, KeycloakTestServer.developmentKey(clientId)));

        assertIssuedForTheFhirApi(claims);
        assertThat(claims.path("azp").asText()).isEqualTo(clientId);
        assertThat(roles(claims)).containsExactly("ehr-system");
        assertThat(claims.path("organization").asText()).isEqualTo("moh-jo");
        assertThat(claims.path("country").asText()).isEqualTo("JO");

        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var anotherKey = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        var forged = KeycloakTestServer.postForm(
                keycloak.tokenEndpoint(), keycloak.backendServicesForm(clientId, anotherKey));
        assertThat(forged.statusCode()).isBetween(400, 401);
        assertThat(forged.body()).contains("invalid_client");
        var withSecret = KeycloakTestServer.postForm(
                keycloak.tokenEndpoint(),
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", "anything"));
        assertThat(withSecret.statusCode()).isBetween(400, 401);
    }

    @Test
    void reportingClientTokenCarriesPublicHealthRoleAndNoRecordScope() {
        JsonNode claims = KeycloakTestServer.claims(
                keycloak.clientToken("ihr-reporting-jo", "local-dev-secret-ihr-reporting-jo"));

        assertIssuedForTheFhirApi(claims);
        assertThat(roles(claims)).containsExactly("public-health-officer");
        assertThat(claims.path("country").asText()).isEqualTo("JO");
        assertThat(scopes(claims)).noneMatch(scope -> scope.contains("/*."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"national-ehr-de", "national-ehr-jo"})
    void nationalEhrClientCannotSignInUsers(String clientId) {
        var response = KeycloakTestServer.postForm(
                keycloak.tokenEndpoint(),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        clientId,
                        "client_secret",
                        "local-dev-secret-" + clientId,
                        "username",
                        "dr.amal",
                        "password",
                        KeycloakTestServer.DEMO_PASSWORD));

        assertThat(response.statusCode()).isBetween(400, 401);
        assertThat(response.body()).contains("unauthorized_client");
    }

    @Test
    void tokensAreSignedWithRs256KeysPublishedInTheJwks() throws Exception {
        JsonNode jwks = JSON.readTree(get(keycloak.jwksUri(), null).body());
        List<String> signingKids = new ArrayList<>();
        for (JsonNode key : jwks.path("keys")) {
            if ("sig".equals(key.path("use").asText())) {
                assertThat(key.path("alg").asText()).isEqualTo("RS256");
                signingKids.add(key.path("kid").asText());
            }
        }

        for (String token : List.of(
                keycloak.userToken("dr.amal"),
                keycloak.clientToken("national-ehr-jo", "local-dev-secret-national-ehr-jo"))) {
            JsonNode header = KeycloakTestServer.header(token);
            assertThat(header.path("alg").asText()).isEqualTo("RS256");
            assertThat(signingKids).contains(header.path("kid").asText());
        }
    }

    @Test
    void usersCannotChangeTheirOwnAccessContext() throws Exception {
        String token = keycloak.userToken("dr.nour");
        String account = keycloak.issuer() + "/account/";
        var profile = (ObjectNode) JSON.readTree(get(account, token).body());
        ((ObjectNode) profile.path("attributes")).putArray("organization").add("moh-jo");
        profile.remove("userProfileMetadata");

        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(account))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(profile.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("error-user-attribute-read-only");
        assertThat(KeycloakTestServer.claims(keycloak.userToken("dr.nour"))
                        .path("organization")
                        .asText())
                .isEqualTo("site-jo-irbid");
    }

    @Test
    void realmDeclaresTheAccessContextAttributesInItsUserProfile() throws Exception {
        var response = get(keycloak.baseUrl() + "/admin/realms/ephr/users/profile", keycloak.adminToken());
        List<String> declared = new ArrayList<>();
        JSON.readTree(response.body())
                .path("attributes")
                .forEach(a -> declared.add(a.path("name").asText()));

        assertThat(declared).contains("organization", "country", "patient", "fhirUser");
    }

    private void assertIssuedForTheFhirApi(JsonNode claims) {
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(audiences(claims)).contains(AUDIENCE);
    }

    /** {@code aud} is a string when there is one audience, an array otherwise. */
    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        List<String> values = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> values.add(a.asText()));
        } else if (aud.isTextual()) {
            values.add(aud.asText());
        }
        return values;
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }

    private static List<String> scopes(JsonNode claims) {
        return Arrays.asList(claims.path("scope").asText().split(" "));
    }

    private static HttpResponse<String> get(String url, String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
        return response;
    }
}

package org.ephr.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running server with access control on: real PostgreSQL, tokens from a real Keycloak (one per test run) with
 * the realm in deploy/keycloak. Every security test extends this one class, so they share one server context.
 * Fixtures are written as the server itself (through the DAOs), so no rule under test is needed to set them up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
public abstract class SecuredServerTestBase {

    protected static final FhirContext FHIR = FhirContext.forR4Cached();

    /** The realm's demo confidential clients; local development secrets from deploy/keycloak. */
    protected static final String NATIONAL_EHR_JO = "national-ehr-jo";

    protected static final String NATIONAL_EHR_DE = "national-ehr-de";

    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    @LocalServerPort
    protected int port;

    @Autowired
    protected DaoRegistry daos;

    @DynamicPropertySource
    static void postgresAndKeycloak(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        registry.add("ephr.security.enabled", () -> "true");
        registry.add("ephr.security.issuer-uri", () -> KeycloakTestServer.get().issuer());
    }

    protected String fhirBase() {
        return "http://127.0.0.1:" + port + "/fhir";
    }

    /** A demo user's access token, reused while it has a minute left. */
    protected static String tokenOf(String username) {
        return TOKENS.compute(
                        username,
                        (name, cached) -> cached != null && cached.fresh()
                                ? cached
                                : new CachedToken(KeycloakTestServer.get().userToken(name), Instant.now()))
                .token();
    }

    /** A national system's access token (client credentials), reused while it has a minute left. */
    protected static String clientTokenOf(String clientId) {
        return TOKENS.compute(
                        "client:" + clientId,
                        (name, cached) -> cached != null && cached.fresh()
                                ? cached
                                : new CachedToken(
                                        KeycloakTestServer.get().clientToken(clientId, "local-dev-secret-" + clientId),
                                        Instant.now()))
                .token();
    }

    protected HttpResponse<String> get(String token, String pathAndQuery) {
        return RawHttp.send(request(token, pathAndQuery).GET().build());
    }

    protected HttpResponse<String> post(String token, String pathAndQuery, IBaseResource body) {
        return RawHttp.send(request(token, pathAndQuery)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)))
                .build());
    }

    protected HttpResponse<String> put(String token, String pathAndQuery, IBaseResource body) {
        return RawHttp.send(request(token, pathAndQuery)
                .header("Content-Type", "application/fhir+json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body)))
                .build());
    }

    protected HttpResponse<String> delete(String token, String pathAndQuery) {
        return RawHttp.send(request(token, pathAndQuery).DELETE().build());
    }

    protected HttpRequest.Builder request(String token, String pathAndQuery) {
        var builder = HttpRequest.newBuilder(
                        URI.create(pathAndQuery.isEmpty() ? fhirBase() : fhirBase() + "/" + pathAndQuery))
                .header("Accept", "application/fhir+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    protected static String json(IBaseResource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource);
    }

    protected static Bundle bundle(HttpResponse<String> response) {
        return FHIR.newJsonParser().parseResource(Bundle.class, response.body());
    }

    /** Writes a resource with its id as the server itself would: no access rule or consent applies. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected <T extends Resource> T storeAsSystem(T resource) {
        var dao = daos.getResourceDao(resource.getClass());
        var request = new SystemRequestDetails();
        var outcome = resource.hasIdElement() && resource.getIdElement().hasIdPart()
                ? ((ca.uhn.fhir.jpa.api.dao.IFhirResourceDao) dao).update(resource, request)
                : ((ca.uhn.fhir.jpa.api.dao.IFhirResourceDao) dao).create(resource, request);
        return (T) outcome.getResource();
    }

    /** Deletes every Consent of a patient (break-glass grants included), so a test starts from no consent. */
    protected void deleteConsentsAsSystem(String patientId) {
        var dao = daos.getResourceDao(Consent.class);
        var search = SearchParameterMap.newSynchronous().add(Consent.SP_PATIENT, new ReferenceParam(patientId));
        for (var consent : dao.search(search, new SystemRequestDetails()).getAllResources()) {
            dao.delete(consent.getIdElement().toUnqualifiedVersionless(), new SystemRequestDetails());
        }
    }

    /** The demo realm's sites and national authorities, as Organizations with their country. */
    protected void storeDemoOrganizations() {
        organization("site-jo-amman", "Amman migrant health centre", "JO");
        organization("site-jo-irbid", "Irbid migrant health centre", "JO");
        organization("site-de-berlin", "Berlin arrival health centre", "DE");
        organization("moh-jo", "Ministry of Health, Jordan", "JO");
        organization("moh-de", "Federal health authority, Germany", "DE");
    }

    private void organization(String id, String name, String country) {
        var organization = new Organization();
        organization.setId(id);
        organization.setName(name);
        organization.addAddress().setCountry(country);
        storeAsSystem(organization);
    }

    private record CachedToken(String token, Instant issued) {
        boolean fresh() {
            // Keycloak's access tokens live five minutes in the demo realm.
            return Duration.between(issued, Instant.now()).compareTo(Duration.ofMinutes(4)) < 0;
        }
    }
}

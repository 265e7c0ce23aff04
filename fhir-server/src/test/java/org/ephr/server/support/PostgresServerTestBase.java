package org.ephr.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running server on real PostgreSQL. Every integration test extends this one class, so Spring's context cache
 * starts the server once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
public abstract class PostgresServerTestBase {

    protected static final FhirContext FHIR = FhirContext.forR4Cached();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        // These tests are about FHIR behaviour; access control has its own tests (SecuredServerTestBase).
        registry.add("ephr.security.enabled", () -> "false");
        registry.add("server.address", () -> "127.0.0.1");
    }

    protected String fhirBase() {
        return "http://127.0.0.1:" + port + "/fhir";
    }

    protected IGenericClient client() {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        // Operations over the whole database (verifying the audit chain) outlast HAPI's 10 s on a loaded machine.
        FHIR.getRestfulClientFactory().setSocketTimeout(60_000);
        return FHIR.newRestfulGenericClient(fhirBase());
    }

    /** A new patient with a fresh e-PHR number, created through the API; returns its id. */
    protected String newPatientId() {
        return client().create()
                .resource(ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber()))
                .execute()
                .getId()
                .getIdPart();
    }

    /**
     * Rows in HAPI's resource table, read straight from the database: every stored resource of every type (the
     * audit trail, written in the background, has tables of its own).
     */
    protected long storedResourceCount() {
        return jdbc.queryForObject("select count(*) from hfj_resource", Long.class);
    }
}

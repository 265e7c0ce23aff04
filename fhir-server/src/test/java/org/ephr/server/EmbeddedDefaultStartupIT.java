package org.ephr.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import org.ephr.server.support.RawHttp;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What a newcomer gets from the start command with no database installed: the embedded H2 default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultStartupIT {

    @TempDir
    static Path dataDirectory;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embeddedDatabaseInTemporaryDirectory(DynamicPropertyRegistry registry) {
        registry.add("EPHR_H2_DIR", () -> dataDirectory.toString());
    }

    @Test
    void serverWhenStartedOnEmbeddedDefaultThenServesCapabilityStatement() {
        var response = RawHttp.get(base() + "/fhir/metadata");

        assertThat(response.statusCode()).isEqualTo(200);
        var capabilities =
                FhirContext.forR4Cached().newJsonParser().parseResource(CapabilityStatement.class, response.body());
        assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(capabilities.getRestFirstRep().getResource())
                .extracting(resource -> resource.getType())
                .contains("Patient", "Immunization", "Observation", "Encounter", "Condition", "Consent");
    }

    @Test
    void healthWhenStartedOnEmbeddedDefaultThenUpWithoutAnyFhirCall() {
        var response = RawHttp.get(base() + "/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void metricsWhenScrapedThenPrometheusTextWithHttpAndJvmSeries() {
        RawHttp.get(base() + "/fhir/metadata");

        var response = RawHttp.get(base() + "/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void patientSearchWhenNoTokenThenUnauthorizedWithBearerChallenge() {
        var response = RawHttp.get(base() + "/fhir/Patient");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(response.body()).contains("OperationOutcome", "bearer access token");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}

package org.ephr.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.PostgresServerTestBase;
import org.ephr.server.support.RawHttp;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx OperationOutcome, never a 500, and nothing of it is stored. */
class BadInputIT extends PostgresServerTestBase {

    private static final String JSON = "application/fhir+json";
    private static final String XML = "application/fhir+xml";
    private static final int MAX_BUNDLE_ENTRIES = 1000;
    private static final int MAX_REQUEST_BYTES = 10 * 1024 * 1024;

    @Test
    void createWhenJsonIsMalformedThenBadRequestAndNothingWritten() {
        assertRejected(
                400, () -> RawHttp.post(patientUrl(), JSON, "{\"resourceType\":\"Patient\",\"name\":[{\"family\":"));
    }

    @Test
    void createWhenJsonHasUnknownElementThenBadRequestInsteadOfSilentlyDroppingIt() {
        var response = assertRejected(
                400, () -> RawHttp.post(patientUrl(), JSON, "{\"resourceType\":\"Patient\",\"nationalityy\":\"SY\"}"));
        assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                .contains("nationalityy");
    }

    @Test
    void createWhenXmlIsMalformedThenBadRequestAndNothingWritten() {
        assertRejected(
                400,
                () -> RawHttp.post(
                        patientUrl(), XML, "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"Haddad\"/>"));
    }

    @Test
    void createWhenXmlDeclaresExternalEntityThenRejectedWithoutReadingTheFile() {
        String payload = "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE Patient [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&xxe;\"/></name></Patient>";

        var response = assertRejected(400, () -> RawHttp.post(patientUrl(), XML, payload));

        assertThat(response.body()).doesNotContain("root:");
    }

    @Test
    void requestWhenResourceTypeIsUnknownThenNotFoundOutcome() {
        var response = assertRejected(404, () -> RawHttp.post(fhirBase() + "/MigrantCard", JSON, "{}"));
        assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                .contains("MigrantCard");
    }

    @Test
    void createWhenDeclaredBodyIsOverTheLimitThenPayloadTooLarge() {
        String oversized = patientWithPadding(MAX_REQUEST_BYTES + 1);

        assertRejected(413, () -> RawHttp.post(patientUrl(), JSON, oversized));
    }

    @Test
    void createWhenStreamedBodyWithoutLengthIsOverTheLimitThenPayloadTooLarge() {
        byte[] oversized = patientWithPadding(MAX_REQUEST_BYTES + 1).getBytes(StandardCharsets.UTF_8);
        var chunked = HttpRequest.newBuilder(URI.create(patientUrl()))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized)))
                .build();

        assertRejected(413, () -> RawHttp.send(chunked));
    }

    @Test
    void batchWhenItHasMoreEntriesThanTheLimitThenPayloadTooLargeAndNothingWritten() {
        var bundle = new Bundle().setType(Bundle.BundleType.BATCH);
        for (int i = 0; i <= MAX_BUNDLE_ENTRIES; i++) {
            bundle.addEntry()
                    .setResource(ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber()))
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Patient");
        }
        String json = FHIR.newJsonParser().encodeResourceToString(bundle);

        var response = assertRejected(413, () -> RawHttp.post(fhirBase(), JSON, json));
        assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                .contains("at most " + MAX_BUNDLE_ENTRIES);
    }

    private HttpResponse<String> assertRejected(
            int expectedStatus, java.util.function.Supplier<HttpResponse<String>> call) {
        long before = storedResourceCount();

        HttpResponse<String> response = call.get();

        assertThat(response.statusCode()).isEqualTo(expectedStatus);
        OperationOutcome outcome = RawHttp.outcome(response);
        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(storedResourceCount()).isEqualTo(before);
        return response;
    }

    private String patientUrl() {
        return fhirBase() + "/Patient";
    }

    private static String patientWithPadding(int minimumBytes) {
        return "{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
                + "x".repeat(minimumBytes)
                + "</div>\"}}";
    }
}

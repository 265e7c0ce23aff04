package org.ephr.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ephr.export.AggregateTable;
import org.ephr.export.ReportRequest;
import org.ephr.server.support.RawHttp;
import org.ephr.server.support.SecuredServerTestBase;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The IHR report against the running server: a generated population written by a clinician through the API, the
 * report computed in the database and compared cell by cell with a brute-force recount over every stored resource
 * ({@link BruteForceCounts}), then served, suppressed, signed, refused and alerted as its users expect.
 */
class IhrReportIT extends SecuredServerTestBase {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 28);
    private static final int PEOPLE = 120;
    private static boolean loaded;

    @Autowired
    private ReportingStore store;

    @BeforeEach
    void population() {
        if (loaded) {
            return;
        }
        storeDemoOrganizations();
        var population = new MigrantPopulation(2026, REFERENCE_DATE);
        for (Bundle person : population.people(0, PEOPLE)) {
            HttpResponse<String> response = post(tokenOf("dr.amal"), "", person);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        loaded = true;
    }

    @Test
    void reportWhenComputedInDatabaseThenEveryCellEqualsBruteForceRecount() {
        var recount = BruteForceCounts.of(daos);
        List<ReportRequest> requests = List.of(
                ReportRequest.fromParameters("2025-07", "2026-06", "month", "assessments", "country,age-group,sex"),
                ReportRequest.fromParameters("2026-W01", "2026-W26", "week", "assessments", "site,nationality"),
                ReportRequest.fromParameters("2023-07", "2026-06", "month", "vaccinations", "antigen,dose"),
                ReportRequest.fromParameters(
                        "2023-07", "2026-06", "month", "tb-screening", "tb-outcome,migration-status"),
                ReportRequest.fromParameters("2023-07", "2026-06", "month", "cases", "condition,country,age-group"));

        for (ReportRequest request : requests) {
            Map<List<String>, Long> expected = recount.count(request);
            Map<List<String>, Long> actual = innermost(store.count(request));

            assertThat(actual)
                    .as("%s by %s", request.measure(), request.dimensions())
                    .isEqualTo(expected);
        }
        assertThat(recount.count(requests.get(0)).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .as("a third of the population's assessments fall in the last year")
                .isGreaterThan(PEOPLE / 5);
    }

    @Test
    void reportWhenCsvThenPublishedCellsAreTrueCountsAndSmallOnesHidden() {
        var response = report(
                tokenOf("pho.jo"),
                "measure=assessments&periodStart=2025-07&periodEnd=2026-06&granularity=month"
                        + "&dimensions=country&dimensions=sex&format=csv");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        Map<List<String>, Long> truth = BruteForceCounts.of(daos)
                .withMargins(ReportRequest.fromParameters("2025-07", "2026-06", "month", "assessments", "country,sex"));
        String[] lines = response.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("measure,period,country,sex,count,suppressed");
        int suppressed = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            List<String> key = List.of(fields[1], fields[2], fields[3]);
            long trueCount = truth.getOrDefault(key, 0L);
            if (Boolean.parseBoolean(fields[5])) {
                suppressed++;
                assertThat(fields[4]).isEmpty();
            } else {
                assertThat(Long.parseLong(fields[4])).as("cell %s", key).isEqualTo(trueCount);
                assertThat(trueCount)
                        .as("published cell %s", key)
                        .satisfiesAnyOf(count -> assertThat(count).isZero(), count -> assertThat(count)
                                .isGreaterThanOrEqualTo(5));
            }
        }
        assertThat(suppressed).as("a year by country and sex has small cells").isPositive();
    }

    @Test
    void reportWhenSignedThenVerifiesAndTamperingIsDetected() {
        var response = report(
                tokenOf("pho.jo"),
                "measure=tb-screening&periodStart=2025-07&periodEnd=2026-06&granularity=month&dimensions=tb-outcome");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String signature = response.headers()
                .firstValue(IhrReportOperation.SIGNATURE_HEADER)
                .orElseThrow();
        var measureReport = FHIR.newJsonParser().parseResource(MeasureReport.class, response.body());
        assertThat(measureReport.getMeasure()).isEqualTo("https://fhir.migrant-ephr.org/Measure/ihr-tb-screening");

        assertThat(verify(response.body(), signature).getParameterBool("valid")).isTrue();
        String tampered = response.body().replaceFirst("\"count\": ?(\\d)", "\"count\": 9$1");
        assertThat(tampered).isNotEqualTo(response.body());
        Parameters refused = verify(tampered, signature);
        assertThat(refused.getParameterBool("valid")).isFalse();
        assertThat(refused.getParameter("reason")).isNotNull();
    }

    @Test
    void reportWhenAdxThenDhis2ImportableXml() {
        var response = report(
                tokenOf("admin.ephr"),
                "measure=vaccinations&periodStart=2025-01&periodEnd=2025-12&granularity=month&dimensions=antigen"
                        + "&format=adx");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/adx+xml"));
        assertThat(response.body()).contains("urn:ihe:qrph:adx:2015").contains("<group");
    }

    @Test
    void reportWhenBadParametersThenBadRequestSayingWhy() {
        String pho = tokenOf("pho.jo");
        Map<String, String> cases = Map.of(
                "periodStart=2026-01&periodEnd=2026-03&granularity=month", "measure is required",
                "measure=deaths&periodStart=2026-01&periodEnd=2026-03&granularity=month", "Unknown measure",
                "measure=cases&periodStart=2026-01-07&periodEnd=2026-03-29&granularity=week", "not the first day",
                "measure=cases&periodStart=2026-01&periodEnd=2026-03&granularity=month&dimensions=antigen",
                        "cannot be broken down by antigen",
                "measure=cases&periodStart=2026-01&periodEnd=2026-03&granularity=month&format=pdf", "Unknown format",
                "measure=cases&periodStart=2020-01&periodEnd=2026-03&granularity=month", "more than");
        cases.forEach((query, message) -> {
            var response = report(pho, query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                    .as(query)
                    .contains(message);
        });
    }

    @Test
    void reportWhenNotPublicHealthOrAdminThenForbidden() {
        String query = "measure=assessments&periodStart=2026-01&periodEnd=2026-03&granularity=month";
        assertThat(report(tokenOf("dr.amal"), query).statusCode()).isEqualTo(403);
        assertThat(report(tokenOf("migrant.demo"), query).statusCode()).isEqualTo(403);
        assertThat(report(clientTokenOf(NATIONAL_EHR_JO), query).statusCode()).isEqualTo(403);
        assertThat(report(null, query).statusCode()).isEqualTo(401);
        assertThat(report(tokenOf("pho.jo"), query).statusCode()).isEqualTo(200);
        assertThat(get(tokenOf("pho.jo"), "Patient").statusCode())
                .as("a public health officer reads no record")
                .isEqualTo(403);
        assertThat(get(tokenOf("pho.jo"), "Measure/ihr-cases").statusCode())
                .as("the published definitions")
                .isEqualTo(200);
    }

    @Test
    void reportWhenRunThenAuditedWithWhoAndWhat() {
        String query = "measure=cases&periodStart=2026-01&periodEnd=2026-03&granularity=month&dimensions=condition";
        assertThat(report(tokenOf("pho.jo"), query).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> bundle(get(tokenOf("admin.ephr"), "AuditEvent?_sort=-date&_count=50")).getEntry().stream()
                        .map(entry -> (AuditEvent) entry.getResource())
                        .anyMatch(event -> FHIR.newJsonParser()
                                        .encodeResourceToString(event)
                                        .contains("$ihr-report")
                                && event.getAgent().stream()
                                        .anyMatch(agent -> "pho.jo"
                                                        .equals(agent.getWho()
                                                                .getIdentifier()
                                                                .getValue())
                                                || "pho.jo"
                                                        .equals(agent.getWho().getDisplay()))));
    }

    @Test
    void reportWhenAsyncThenAcceptedThenSameFiguresWhenReady() {
        String query = "measure=assessments&periodStart=2025-07&periodEnd=2026-06&granularity=month"
                + "&dimensions=country&format=csv";
        var accepted = RawHttp.send(HttpRequest.newBuilder(URI.create(fhirBase() + "/$ihr-report?" + query))
                .header("Authorization", "Bearer " + tokenOf("pho.jo"))
                .header("Prefer", "respond-async")
                .GET()
                .build());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String status = accepted.headers().firstValue("Content-Location").orElseThrow();
        String statusPath = status.substring(status.indexOf("$ihr-report-status"));

        assertThat(get(tokenOf("admin.ephr"), statusPath).statusCode())
                .as("someone else's job")
                .isEqualTo(404);
        HttpResponse<String> ready = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> get(tokenOf("pho.jo"), statusPath), response -> response.statusCode() != 202);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo(report(tokenOf("pho.jo"), query).body());
    }

    @Test
    void caseWhenAlwaysNotifiableThenOneAlertToFocalPointHoweverOftenSent() {
        String patient = newPatient();
        Condition smallpox = diagnosis(patient, "B03", "Smallpox");
        var created = post(tokenOf("dr.amal"), "Condition", smallpox);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Condition stored = FHIR.newJsonParser().parseResource(Condition.class, created.body());

        List<Communication> alerts = awaitAlerts(patient, "smallpox", 1);
        Communication alert = alerts.get(0);
        assertThat(alert.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("alert");
        assertThat(alert.getPriority()).isEqualTo(Communication.CommunicationPriority.STAT);
        assertThat(alert.getAboutFirstRep().getReference()).isEqualTo("Condition/" + stored.getIdPart());
        assertThat(alert.getRecipientFirstRep().getIdentifier().getValue()).isEqualTo("JO");
        assertThat(alert.getPayloadFirstRep().getContentStringType().getValue()).contains("Smallpox");

        stored.setNote(List.of(new org.hl7.fhir.r4.model.Annotation().setText("confirmed by reference laboratory")));
        assertThat(put(tokenOf("dr.amal"), "Condition/" + stored.getIdPart(), stored)
                        .statusCode())
                .isEqualTo(200);
        assertThat(post(tokenOf("dr.amal"), "Condition", diagnosis(patient, "B03", "Smallpox"))
                        .statusCode())
                .isEqualTo(201);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> alerts(patient, "smallpox").size() == 1);
    }

    @Test
    void caseWhenOtherAnnex2DiseaseThenFlaggedForAssessment() {
        String patient = newPatient();
        assertThat(post(tokenOf("dr.amal"), "Condition", diagnosis(patient, "A00.1", "Cholera due to Vibrio cholerae"))
                        .statusCode())
                .isEqualTo(201);

        Communication flag = awaitAlerts(patient, "cholera", 1).get(0);
        assertThat(flag.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("notification");
        assertThat(flag.getPayloadFirstRep().getContentStringType().getValue()).contains("decision instrument");
    }

    @Test
    void transactionWhenRefusedThenProjectionUnchanged() {
        var request = ReportRequest.fromParameters("2026-06", "2026-06", "month", "cases", "condition");
        Map<List<String>, Long> before = innermost(store.count(request));
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Condition measles = diagnosis(firstPatientId(), "B05.9", "Measles without complication");
        bundle.addEntry()
                .setResource(measles)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Condition");
        var broken = new Condition();
        broken.setSubject(new Reference("Patient/does-not-exist"));
        bundle.addEntry()
                .setResource(broken)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Condition");

        var response = post(tokenOf("dr.amal"), "", bundle);

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(innermost(store.count(request))).isEqualTo(before);
    }

    private HttpResponse<String> report(String token, String query) {
        return get(token, "$ihr-report?" + query);
    }

    private Parameters verify(String reportText, String signature) {
        var parameters = new Parameters();
        parameters.addParameter("reportText", new StringType(reportText));
        parameters.addParameter("signature", new StringType(signature));
        var response = post(tokenOf("pho.jo"), "$verify-ihr-report", parameters);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FHIR.newJsonParser().parseResource(Parameters.class, response.body());
    }

    private String firstPatientId() {
        var patients = daos.getResourceDao(Patient.class)
                .search(
                        SearchParameterMap.newSynchronous()
                                .add(
                                        Patient.SP_IDENTIFIER,
                                        new ca.uhn.fhir.rest.param.TokenParam(
                                                MigrantPopulation.EPHR_NUMBER_SYSTEM,
                                                new MigrantPopulation(2026, REFERENCE_DATE).ephrNumber(0))),
                        new SystemRequestDetails());
        return patients.getAllResources().get(0).getIdElement().getIdPart();
    }

    /** A patient of its own, so that no earlier run's alert for the same person and condition interferes. */
    private String newPatient() {
        var patient = new Patient();
        patient.addName().setFamily("Alert").addGiven("Case");
        patient.setBirthDate(java.sql.Date.valueOf("1990-04-02"));
        var response = post(tokenOf("dr.amal"), "Patient", patient);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return FHIR.newJsonParser()
                .parseResource(Patient.class, response.body())
                .getIdPart();
    }

    private static Condition diagnosis(String patient, String icd10, String display) {
        var condition = new Condition();
        condition.setSubject(new Reference("Patient/" + patient));
        condition.setVerificationStatus(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed")));
        condition.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/sid/icd-10", icd10, display)));
        condition.setRecordedDateElement(new org.hl7.fhir.r4.model.DateTimeType("2026-06-20T10:00:00+03:00"));
        condition.addExtension(
                ReportingFacts.COUNTRY_OF_DETECTION,
                new CodeableConcept(new Coding("urn:iso:std:iso:3166", "JO", null)));
        return condition;
    }

    private List<Communication> awaitAlerts(String patient, String condition, int count) {
        return await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> alerts(patient, condition), found -> found.size() >= count);
    }

    private List<Communication> alerts(String patient, String condition) {
        var search = SearchParameterMap.newSynchronous()
                .add(Communication.SP_SUBJECT, new ReferenceParam("Patient/" + patient));
        return daos
                .getResourceDao(Communication.class)
                .search(search, new SystemRequestDetails())
                .getAllResources()
                .stream()
                .map(Communication.class::cast)
                .filter(communication -> communication
                        .getReasonCodeFirstRep()
                        .getCodingFirstRep()
                        .getCode()
                        .equals(condition))
                .toList();
    }

    private static Map<List<String>, Long> innermost(AggregateTable table) {
        Map<List<String>, Long> cells = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            List<String> key = table.key(i);
            if (!key.contains(AggregateTable.ALL) && table.count(key) > 0) {
                cells.put(key, table.count(key));
            }
        }
        return cells;
    }
}

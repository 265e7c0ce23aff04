package org.ephr.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ephr.server.support.BulkExportClient;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.RawHttp;
import org.ephr.server.support.SecuredServerTestBase;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A national system (Jordan's) loading records as NDJSON with {@code $load-ndjson} and exporting them back, and
 * files the server must refuse whole: each case checked against what the database holds.
 */
class NdjsonLoadIT extends SecuredServerTestBase {

    private static final MigrantPopulation POPULATION =
            new MigrantPopulation(ClinicalFixtures.newPopulationSeed(), LocalDate.of(2026, 10, 31)).idempotent();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static long nextPerson = 1;

    @BeforeEach
    void sites() {
        storeDemoOrganizations();
    }

    @Test
    void loadWhenNdjsonOfAssessmentsThenStoredOnceAndExportedBackUnchanged() throws Exception {
        String since = new InstantType(new Date(System.currentTimeMillis() - 1000)).getValueAsString();
        List<Resource> records = people(3);
        String ndjson = ndjson(records);

        var first = load(clientTokenOf(NATIONAL_EHR_JO), ndjson);
        var again = load(clientTokenOf(NATIONAL_EHR_JO), ndjson);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(bundle(first).getEntry()).hasSize(records.size());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(bundle(again).getEntry())
                .as("loading the same file again changes nothing")
                .allSatisfy(
                        entry -> assertThat(entry.getResponse().getLocation()).endsWith("/_history/1"));
        for (Resource record : records) {
            assertThat(stored(record)).as(record.getIdElement().getValue()).isTrue();
        }
        for (Resource record : records) {
            if (record instanceof Patient patient) {
                assertThat(patientsWithEphrNumber(
                                patient.getIdentifierFirstRep().getValue()))
                        .as("loaded twice, stored once")
                        .isEqualTo(1);
            }
        }

        Map<String, Resource> exported = exportPatientsSince(since);
        for (Resource record : records) {
            var back =
                    exported.get(record.fhirType() + "/" + record.getIdElement().getIdPart());
            assertThat(back).as("exported: " + record.getIdElement().getValue()).isNotNull();
            back.setMeta(null);
            back.setId(back.getIdElement().getIdPart());
            var sent = record.copy();
            sent.setMeta(null);
            if (sent instanceof Patient patient) {
                // The loading system's organisation became the custodian; loading again kept it.
                patient.setManagingOrganization(new Reference("Organization/moh-jo"));
            }
            assertThat(json(back)).as("unchanged").isEqualTo(json(sent));
        }
    }

    @Test
    void loadWhenOneLineViolatesItsProfileThenUnprocessableAndNothingWritten() {
        List<Resource> records = people(1);
        var immunization = (Immunization) records.stream()
                .filter(Immunization.class::isInstance)
                .findFirst()
                .orElseThrow();
        immunization.getExtension().clear(); // the country of administration is required

        var response = load(clientTokenOf(NATIONAL_EHR_JO), ndjson(records));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(RawHttp.outcome(response).getIssue().toString() + response.body())
                .contains("countryOfAdministration");
        assertThat(records).noneMatch(this::stored);
    }

    @Test
    void loadWhenALineIsNotJsonThenBadRequestNamingItAndNothingWritten() {
        List<Resource> records = people(1);
        String ndjson = json(records.get(0)) + "\n{\"resourceType\": \"Observation\", \"status\": \n"
                + ndjson(records.subList(1, records.size()));

        var response = load(clientTokenOf(NATIONAL_EHR_JO), ndjson);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                .contains("Line 2");
        assertThat(records).noneMatch(this::stored);
    }

    @Test
    void loadWhenARecordIsNotSharedWithTheSystemThenForbiddenAndNothingWritten() {
        var heldInBerlin = ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber());
        heldInBerlin.setManagingOrganization(new Reference("Organization/site-de-berlin"));
        String berlinId = storeAsSystem(heldInBerlin).getIdElement().getIdPart();
        List<Resource> records = people(1);
        var intoBerlin = ClinicalFixtures.bodyWeight(new Reference("Patient/" + berlinId), 70.0);
        intoBerlin.setId(UUID.randomUUID().toString());
        records.add(intoBerlin);

        var response = load(clientTokenOf(NATIONAL_EHR_JO), ndjson(records));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(records).noneMatch(this::stored);
    }

    @Test
    void loadWhenMoreResourcesThanOneRequestTakesThenPayloadTooLarge() {
        String ndjson = IntStream.rangeClosed(1, 10_001)
                .mapToObj(n -> "{\"resourceType\":\"Patient\",\"id\":\"too-many-" + n + "\"}")
                .collect(Collectors.joining("\n"));

        var response = load(clientTokenOf(NATIONAL_EHR_JO), ndjson);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(stored(new Patient().setId("too-many-1"))).isFalse();
    }

    @Test
    void loadWhenClinicianOrNotNdjsonThenRefused() {
        String ndjson = ndjson(people(1));
        assertThat(load(tokenOf("dr.amal"), ndjson).statusCode()).isEqualTo(403);
        var asJson = RawHttp.send(request(clientTokenOf(NATIONAL_EHR_JO), NdjsonLoadOperation.NAME)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                .build());
        assertThat(asJson.statusCode()).isEqualTo(415);
    }

    /** Synthetic people's records with ids of their own, referring to each other by them, as an export has them. */
    private static List<Resource> people(int count) {
        List<Resource> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Bundle person = POPULATION.person(nextPerson++);
            Map<String, String> ids = new HashMap<>();
            for (var entry : person.getEntry()) {
                String id = entry.getResource().fhirType() + "/" + UUID.randomUUID();
                ids.put(entry.getFullUrl(), id);
                entry.getResource().setId(id);
                records.add(entry.getResource());
            }
            for (Resource record : records) {
                for (Reference reference :
                        FHIR.newTerser().getAllPopulatedChildElementsOfType(record, Reference.class)) {
                    if (ids.containsKey(reference.getReference())) {
                        reference.setReference(ids.get(reference.getReference()));
                    }
                }
            }
        }
        return records;
    }

    private static String ndjson(List<Resource> records) {
        return records.stream().map(SecuredServerTestBase::json).collect(Collectors.joining("\n"));
    }

    private HttpResponse<String> load(String token, String ndjson) {
        return RawHttp.send(request(token, NdjsonLoadOperation.NAME)
                .header("Content-Type", "application/fhir+ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                .build());
    }

    private boolean stored(Resource record) {
        try {
            daos.getResourceDao(record.fhirType())
                    .read(new IdType(record.fhirType(), record.getIdElement().getIdPart()), new SystemRequestDetails());
            return true;
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return false;
        }
    }

    private int patientsWithEphrNumber(String ephrNumber) {
        var search = SearchParameterMap.newSynchronous()
                .add(Patient.SP_IDENTIFIER, new TokenParam(MigrantPopulation.EPHR_NUMBER_SYSTEM, ephrNumber));
        return daos.getResourceDao(Patient.class)
                .search(search, new SystemRequestDetails())
                .size();
    }

    /** Patient-level bulk export of what changed since, as the loading system, by reference. */
    private Map<String, Resource> exportPatientsSince(String since) {
        return new BulkExportClient(fhirBase(), FHIR)
                .export(
                        clientTokenOf(NATIONAL_EHR_JO),
                        "Patient/$export?_type=Patient,Observation,Immunization,Encounter,Condition&_since="
                                + URLEncoder.encode(since, StandardCharsets.UTF_8))
                .byReference();
    }
}

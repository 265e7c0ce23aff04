package org.ephr.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ephr.server.support.BulkExportClient;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.KeycloakTestServer;
import org.ephr.server.support.RawHttp;
import org.ephr.server.support.SecuredServerTestBase;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FHIR Bulk Data export by a national system (Germany's, {@code national-ehr-de}): kick-off, polling and the NDJSON
 * files, at system, Patient and Group level. Three people are stored for each test: one held in Berlin (Germany's
 * jurisdiction), one held in Amman without consent, one held in Amman who consented to Germany but withholds mental
 * health. The files must hold the first, the second's absence must be consent's doing (the database has it), and the
 * third must come without the withheld diagnosis.
 */
class BulkExportIT extends SecuredServerTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EXPORT_TIMEOUT = Duration.ofMinutes(3);

    private String since;
    private String heldInBerlin;
    private String heldInAmmanUnshared;
    private String heldInAmmanShared;
    private String sharedConsent;
    private final Map<String, String> weightOf = new HashMap<>();
    private String sharedDepression;

    @BeforeEach
    void threePeople() {
        storeDemoOrganizations();
        since = new InstantType(new Date(System.currentTimeMillis() - 1000)).getValueAsString();
        heldInBerlin = person("site-de-berlin");
        heldInAmmanUnshared = person("site-jo-amman");
        heldInAmmanShared = person("site-jo-amman");
        var depression =
                ClinicalFixtures.diagnosis(new Reference("Patient/" + heldInAmmanShared), "F32.1", "Depression");
        sharedDepression = storeAsSystem(depression).getIdElement().getIdPart();
        sharedConsent = storeAsSystem(consentToGermanyWithholdingMentalHealth(heldInAmmanShared))
                .getIdElement()
                .getIdPart();
    }

    private String person(String custodian) {
        var patient = ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber());
        patient.setManagingOrganization(new Reference("Organization/" + custodian));
        String id = storeAsSystem(patient).getIdElement().getIdPart();
        var weight = ClinicalFixtures.bodyWeight(new Reference("Patient/" + id), 61.5);
        weightOf.put(id, storeAsSystem(weight).getIdElement().getIdPart());
        return id;
    }

    @Test
    void systemExportWhenNationalSystemThenFilesHoldOnlyWhatItMaySee() throws Exception {
        String token = clientTokenOf(NATIONAL_EHR_DE);

        var files = bulk().export(token, "$export?_type=Patient,Observation,Condition&_since=" + encoded(since));

        assertThat(files.ids("Patient"))
                .contains(heldInBerlin, heldInAmmanShared)
                .doesNotContain(heldInAmmanUnshared);
        assertThat(files.ids("Observation"))
                .contains(weightOf.get(heldInBerlin), weightOf.get(heldInAmmanShared))
                .doesNotContain(weightOf.get(heldInAmmanUnshared));
        assertThat(files.ids("Condition")).doesNotContain(sharedDepression);
        // Left out by consent, not missing: the database holds them.
        assertThat(storedAsSystem("Patient/" + heldInAmmanUnshared)).isTrue();
        assertThat(storedAsSystem("Condition/" + sharedDepression)).isTrue();
        assertThat(files.manifest().get("requiresAccessToken").asBoolean()).isTrue();
        // The disclosure is in the exported patient's access log; nothing is for the patient left out.
        assertThat(awaitAccessLogWithExport(heldInBerlin))
                .contains("urn:ephr:oauth-client", "national-ehr-de", "$export");
        assertThat(accessLog(heldInAmmanUnshared)).doesNotContain("110106");
    }

    private String awaitAccessLogWithExport(String patientId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30); // the audit trail is written asynchronously
        String log = accessLog(patientId);
        while (!log.contains("110106") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            log = accessLog(patientId);
        }
        assertThat(log).as("an Export audit event (DICOM 110106)").contains("110106");
        return log;
    }

    private String accessLog(String patientId) {
        var response = get(tokenOf("admin.ephr"), "Patient/" + patientId + "/$access-log");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void exportWhenNoTypeNamedThenOnlyTheRecordTypesTheCallerMayRead() throws Exception {
        var files = bulk().export(clientTokenOf(NATIONAL_EHR_DE), "$export?_since=" + encoded(since));

        assertThat(files.ids("Patient")).contains(heldInBerlin).doesNotContain(heldInAmmanUnshared);
        assertThat(files.types()).isNotEmpty().doesNotContain("AuditEvent", "Binary");
    }

    @Test
    void patientExportWhenConsentWithdrawnThenTheNextExportLeavesThePatientOut() throws Exception {
        String token = clientTokenOf(NATIONAL_EHR_DE);
        String request = "Patient/$export?_type=Patient,Observation&_since=" + encoded(since);
        assertThat(bulk().export(token, request).ids("Observation")).contains(weightOf.get(heldInAmmanShared));

        var withdrawn = consentToGermanyWithholdingMentalHealth(heldInAmmanShared);
        withdrawn.setId(sharedConsent);
        withdrawn.setStatus(Consent.ConsentState.INACTIVE);
        storeAsSystem(withdrawn);

        var after = bulk().export(token, request);
        assertThat(after.ids("Patient")).contains(heldInBerlin).doesNotContain(heldInAmmanShared);
        assertThat(after.ids("Observation"))
                .contains(weightOf.get(heldInBerlin))
                .doesNotContain(weightOf.get(heldInAmmanShared));
    }

    @Test
    void groupExportWhenAMemberIsNotSharedThenOnlyTheOthersAreExported() throws Exception {
        var group = new Group();
        group.setType(Group.GroupType.PERSON);
        group.setActual(true);
        group.addMember().setEntity(new Reference("Patient/" + heldInBerlin));
        group.addMember().setEntity(new Reference("Patient/" + heldInAmmanUnshared));
        String groupId = storeAsSystem(group).getIdElement().getIdPart();

        var files = bulk().export(
                        clientTokenOf(NATIONAL_EHR_DE), "Group/" + groupId + "/$export?_type=Patient,Observation");

        assertThat(files.ids("Patient")).containsExactly(heldInBerlin);
        assertThat(files.ids("Observation")).containsExactly(weightOf.get(heldInBerlin));
    }

    @Test
    void exportWhenSmartBackendServicesClientOfJordanThenRecordsHeldInJordan() throws Exception {
        String client = "national-ehr-jo-backend";
        String token = KeycloakTestServer.get().backendServicesToken(client, KeycloakTestServer.developmentKey(client));

        var files = bulk().export(token, "$export?_type=Patient&_since=" + encoded(since));

        assertThat(files.ids("Patient"))
                .contains(heldInAmmanUnshared, heldInAmmanShared)
                .doesNotContain(heldInBerlin);
    }

    @Test
    void exportWhenAnotherCallerFollowsItThenUnknownToThemAndFilesForbidden() throws Exception {
        String owner = clientTokenOf(NATIONAL_EHR_DE);
        String other = clientTokenOf(NATIONAL_EHR_JO);
        String status = bulk().kickOff(owner, "$export?_type=Patient&_since=" + encoded(since));

        assertThat(bulk().get(other, status).statusCode()).isEqualTo(404);
        assertThat(bulk().get(owner, status).statusCode()).isIn(200, 202);

        var manifest = bulk().awaitManifest(owner, status);
        String file = manifest.get("output").get(0).get("url").asText();
        assertThat(bulk().get(other, file).statusCode()).isEqualTo(403);
        assertThat(bulk().get(owner, file).statusCode()).isEqualTo(200);
        assertThat(bulk().get(tokenOf("dr.klaus"), file).statusCode()).isEqualTo(403);
    }

    @Test
    void exportWhenClinicianOrPublicHealthOfficerOrATypeNotReadableThenForbidden() {
        for (String token : List.of(tokenOf("dr.klaus"), tokenOf("pho.jo"))) {
            var response = RawHttp.send(request(token, "$export?_type=Patient")
                    .header("Prefer", "respond-async")
                    .GET()
                    .build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
        var auditTrail = RawHttp.send(request(clientTokenOf(NATIONAL_EHR_DE), "$export?_type=Patient,AuditEvent")
                .header("Prefer", "respond-async")
                .GET()
                .build());
        assertThat(auditTrail.statusCode()).as("a type it may not read").isEqualTo(403);
    }

    private BulkExportClient bulk() {
        return new BulkExportClient(fhirBase(), FHIR);
    }

    private boolean storedAsSystem(String reference) {
        var id = new org.hl7.fhir.r4.model.IdType(reference);
        return daos.getResourceDao(id.getResourceType()).read(id, new SystemRequestDetails()) != null;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Consent consentToGermanyWithholdingMentalHealth(String patientId) {
        var consent = ClinicalFixtures.privacyConsent(new Reference("Patient/" + patientId));
        var base = consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        base.addActor()
                .setRole(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
                .setReference(new Reference()
                        .setIdentifier(new Identifier()
                                .setSystem("urn:iso:std:iso:3166")
                                .setValue("DE")));
        base.addProvision()
                .setType(Consent.ConsentProvisionType.DENY)
                .addSecurityLabel(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PSY", "psychiatry"));
        return consent;
    }
}

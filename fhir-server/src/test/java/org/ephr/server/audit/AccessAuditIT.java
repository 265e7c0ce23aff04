package org.ephr.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.SecuredServerTestBase;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail with access control on: who reads it (the patient their own access log, admin all of it,
 * nobody else), and what it records of real users: their accesses, their refusals, break-glass.
 */
class AccessAuditIT extends SecuredServerTestBase {

    /** The demo patient user {@code migrant.demo}'s own record, held in Amman. */
    private static final String PATIENT_ID = "migrant-demo-1";

    private static final Duration WRITER_DELAY = Duration.ofSeconds(30);

    @Autowired
    AuditProperties audit;

    @BeforeEach
    void recordHeldInAmman() {
        storeDemoOrganizations();
        var patient = ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber());
        patient.setId(PATIENT_ID);
        patient.setManagingOrganization(new Reference("Organization/site-jo-amman"));
        storeAsSystem(patient);
    }

    @Test
    void accessLogWhenClinicianReadTheRecordThenPatientSeesWhoAndAdminToo() {
        assertThat(get(tokenOf("dr.amal"), "Patient/" + PATIENT_ID).statusCode())
                .isEqualTo(200);

        var seenByPatient = awaitEvents(tokenOf("migrant.demo"), accessLog(), byUser("dr.amal"));

        assertThat(seenByPatient).filteredOn(byUser("dr.amal")).anySatisfy(event -> assertThat(event.getOutcome())
                .isEqualTo(AuditEvent.AuditEventOutcome._0));
        var seenByAdmin = get(tokenOf("admin.ephr"), "AuditEvent?patient=" + patientReference() + "&_count=200");
        assertThat(seenByAdmin.statusCode()).isEqualTo(200);
        assertThat(bundle(seenByAdmin).getEntry()).isNotEmpty();
        // Reading the trail is an access to the patient's record too, and the patient sees it.
        awaitEvents(tokenOf("migrant.demo"), accessLog(), byUser("admin.ephr"));
    }

    @Test
    void accessLogWhenAnotherPatientsOrNotAdminThenForbidden() {
        assertThat(get(tokenOf("migrant.other"), accessLog()).statusCode()).isEqualTo(403);
        assertThat(get(tokenOf("migrant.demo"), "AuditEvent?patient=" + patientReference())
                        .statusCode())
                .isEqualTo(403);
        assertThat(get(tokenOf("dr.amal"), accessLog()).statusCode()).isEqualTo(403);
        assertThat(get(tokenOf("dr.amal"), "AuditEvent?patient=" + patientReference())
                        .statusCode())
                .isEqualTo(403);
        assertThat(get(tokenOf("pho.jo"), "AuditEvent").statusCode()).isEqualTo(403);
    }

    @Test
    void refusalWhenRoleMayNotReadThenRecordedAsFailure() {
        assertThat(get(tokenOf("pho.jo"), "Patient/" + PATIENT_ID).statusCode()).isEqualTo(403);

        var events = awaitEvents(tokenOf("admin.ephr"), accessLog(), byUser("pho.jo"));

        assertThat(events).filteredOn(byUser("pho.jo")).allSatisfy(event -> assertThat(event.getOutcome())
                .isNotEqualTo(AuditEvent.AuditEventOutcome._0));
    }

    @Test
    void breakGlassWhenDeclaredThenAccessesAuditedAsEmergencyTreatment() {
        var parameters = new Parameters();
        parameters.addParameter("reason", "Collapsed at the transit centre");
        String nour = tokenOf("dr.nour");
        // Amman holds the record; Irbid sees it only by breaking the glass.
        assertThat(post(nour, "Patient/" + PATIENT_ID + "/$break-glass", parameters)
                        .statusCode())
                .isEqualTo(200);
        assertThat(get(nour, "Patient/" + PATIENT_ID).statusCode()).isEqualTo(200);

        var events = awaitEvents(tokenOf("migrant.demo"), accessLog(), byUser("dr.nour"));

        assertThat(events).filteredOn(byUser("dr.nour")).anySatisfy(event -> assertThat(purposes(event))
                .contains("ETREAT"));
    }

    @Test
    void verifyWhenAdminThenChainIntactAndOthersForbidden() {
        var verified = get(tokenOf("admin.ephr"), "$verify-audit-chain");

        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        var parameters = FHIR.newJsonParser().parseResource(Parameters.class, verified.body());
        assertThat(parameters.getParameterBool("verified")).isTrue();
        assertThat(get(tokenOf("dr.amal"), "$verify-audit-chain").statusCode()).isEqualTo(403);
    }

    private List<AuditEvent> awaitEvents(String token, String query, Predicate<AuditEvent> wanted) {
        return await().atMost(WRITER_DELAY)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> bundle(get(token, query)).getEntry().stream()
                                .map(Bundle.BundleEntryComponent::getResource)
                                .map(AuditEvent.class::cast)
                                .toList(),
                        events -> events.stream().anyMatch(wanted));
    }

    private static Predicate<AuditEvent> byUser(String username) {
        return event -> event.getAgent().stream()
                .anyMatch(
                        agent -> username.equals(agent.getWho().getIdentifier().getValue())
                                || username.equals(agent.getWho().getDisplay()));
    }

    private static List<String> purposes(AuditEvent event) {
        var codes = new java.util.ArrayList<String>();
        event.getPurposeOfEvent().forEach(concept -> concept.getCoding().forEach(c -> codes.add(c.getCode())));
        event.getAgent().forEach(agent -> agent.getPurposeOfUse()
                .forEach(concept -> concept.getCoding().forEach(c -> codes.add(c.getCode()))));
        return codes;
    }

    private static String accessLog() {
        return "Patient/" + PATIENT_ID + "/$access-log";
    }

    private String patientReference() {
        return audit.referenceBase() + "/Patient/" + PATIENT_ID;
    }
}

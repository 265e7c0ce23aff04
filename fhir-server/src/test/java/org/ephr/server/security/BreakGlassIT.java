package org.ephr.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.SecuredServerTestBase;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A clinician without consent declares an emergency and reads one patient's record for a limited time. */
class BreakGlassIT extends SecuredServerTestBase {

    /** The demo patient user {@code migrant.other}'s own record, held in Amman. */
    private static final String PATIENT_ID = "migrant-demo-2";

    @BeforeEach
    void recordHeldInAmmanWithoutConsent() {
        storeDemoOrganizations();
        var patient = ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber());
        patient.setId(PATIENT_ID);
        patient.setManagingOrganization(new Reference("Organization/site-jo-amman"));
        storeAsSystem(patient);
        var weight = ClinicalFixtures.bodyWeight(new Reference("Patient/" + PATIENT_ID), 58.0);
        weight.setId("break-glass-weight");
        storeAsSystem(weight);
        deleteConsentsAsSystem(PATIENT_ID);
    }

    @Test
    void breakGlassWhenClinicianStatesEmergencyThenThatClinicianAloneReadsTheRecordForAnHour() {
        String nour = tokenOf("dr.nour");
        assertThat(get(nour, "Patient/" + PATIENT_ID).statusCode()).isIn(403, 404);

        var response = breakGlass(nour, "Unconscious after a road accident; vaccination and allergy history needed");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var grant = FHIR.newJsonParser().parseResource(Consent.class, response.body());
        assertThat(grant.getProvision().getPurposeFirstRep().getCode()).isEqualTo("ETREAT");
        assertThat(Duration.between(
                        Instant.now(), grant.getProvision().getPeriod().getEnd().toInstant()))
                .isBetween(Duration.ofMinutes(55), Duration.ofMinutes(61));
        assertThat(get(nour, "Patient/" + PATIENT_ID).statusCode()).isEqualTo(200);
        assertThat(get(nour, "Observation?patient=" + PATIENT_ID).body()).contains("break-glass-weight");
        assertThat(get(tokenOf("dr.klaus"), "Patient/" + PATIENT_ID).statusCode())
                .isIn(403, 404);
    }

    @Test
    void breakGlassWhenDeclaredThenPatientSeesWhoAndWhy() {
        breakGlass(tokenOf("dr.nour"), "Severe dehydration, arrived unaccompanied");

        var consents = get(tokenOf("migrant.other"), "Consent?patient=" + PATIENT_ID);

        assertThat(consents.statusCode()).as(consents.body()).isEqualTo(200);
        assertThat(consents.body()).contains("dr.nour", "Severe dehydration, arrived unaccompanied");
    }

    @Test
    void breakGlassWhenNoReasonThenBadRequest() {
        var response = breakGlass(tokenOf("dr.nour"), " ");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(get(tokenOf("dr.nour"), "Patient/" + PATIENT_ID).statusCode())
                .isIn(403, 404);
    }

    @Test
    void breakGlassWhenNotAClinicianThenForbidden() {
        assertThat(breakGlass(tokenOf("pho.jo"), "reporting").statusCode()).isEqualTo(403);
        assertThat(breakGlass(clientTokenOf(NATIONAL_EHR_DE), "sync").statusCode())
                .isEqualTo(403);
        assertThat(breakGlass(tokenOf("admin.ephr"), "support").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> breakGlass(String token, String reason) {
        var parameters = new Parameters();
        parameters.addParameter("reason", reason);
        return post(token, "Patient/" + PATIENT_ID + "/$break-glass", parameters);
    }
}

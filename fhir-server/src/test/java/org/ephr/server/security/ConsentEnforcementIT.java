package org.ephr.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.RawHttp;
import org.ephr.server.support.SecuredServerTestBase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A patient's record, held in Amman, and clinicians elsewhere: invisible to them on every path that returns data
 * until the patient consents, visible then (except the class of data the patient withholds), invisible again from
 * the request after the consent is withdrawn.
 */
class ConsentEnforcementIT extends SecuredServerTestBase {

    /** The demo patient user {@code migrant.other}'s own record. */
    private static final String PATIENT_ID = "migrant-demo-2";

    private static final Reference PATIENT = new Reference("Patient/" + PATIENT_ID);

    private String family;

    private String ephrNumber;

    private String since;

    @BeforeEach
    void recordHeldInAmmanWithoutConsent() {
        storeDemoOrganizations();
        since = new org.hl7.fhir.r4.model.InstantType(new Date(System.currentTimeMillis() - 1000)).getValueAsString();
        family = "Consent" + UUID.randomUUID().toString().substring(0, 8);
        ephrNumber = ClinicalFixtures.newEphrNumber();
        var patient = ClinicalFixtures.patient(ephrNumber);
        patient.setId(PATIENT_ID);
        patient.getNameFirstRep().setFamily(family);
        patient.setManagingOrganization(new Reference("Organization/site-jo-amman"));
        storeAsSystem(patient);
        var weight = ClinicalFixtures.bodyWeight(PATIENT, 58.0);
        weight.setId("consent-weight");
        storeAsSystem(weight);
        var mmr = ClinicalFixtures.measlesMumpsRubella(PATIENT);
        mmr.setId("consent-mmr");
        // A new version each time, so that type-level history since this test's start carries it.
        mmr.setLotNumber(UUID.randomUUID().toString());
        storeAsSystem(mmr);
        var depression = ClinicalFixtures.diagnosis(PATIENT, "F32.1", "Moderate depressive episode");
        depression.setId("consent-depression");
        storeAsSystem(depression);
        deleteConsentsAsSystem(PATIENT_ID);
    }

    /** Every way of reading the record, by name, as a request for a caller's token. */
    private Map<String, Function<String, HttpResponse<String>>> paths() {
        Map<String, Function<String, HttpResponse<String>>> paths = new LinkedHashMap<>();
        paths.put("read", token -> get(token, "Patient/" + PATIENT_ID));
        paths.put("vread", token -> get(token, "Observation/consent-weight/_history/1"));
        paths.put("search by name", token -> get(token, "Patient?family=" + family));
        // Exact lookups run synchronously and are judged only as shown (RecordConsentService): with and without
        // an include, which takes the two-stage path again.
        String identifier = "identifier=" + ClinicalFixtures.EPHR_NUMBER_SYSTEM + "%7C" + ephrNumber;
        paths.put("identifier lookup", token -> get(token, "Patient?" + identifier));
        paths.put(
                "identifier lookup with its site",
                token -> get(token, "Patient?" + identifier + "&_include=Patient:organization"));
        paths.put("search by patient", token -> get(token, "Observation?patient=" + PATIENT_ID));
        paths.put("include", token -> get(token, "Observation?_id=consent-weight&_include=Observation:patient"));
        paths.put("revinclude", token -> get(token, "Patient?_id=" + PATIENT_ID + "&_revinclude=Observation:patient"));
        paths.put("chain", token -> get(token, "Observation?patient.family=" + family));
        paths.put("has", token -> get(token, "Patient?_has:Observation:patient:code=29463-7&family=" + family));
        paths.put("instance history", token -> get(token, "Patient/" + PATIENT_ID + "/_history"));
        paths.put("type history", token -> get(token, "Immunization/_history?_since=" + since.replace("+", "%2B")));
        paths.put("everything", token -> get(token, "Patient/" + PATIENT_ID + "/$everything"));
        return paths;
    }

    @Test
    void everyPathWhenCustodianThenRecordShown() {
        String token = tokenOf("dr.amal");
        paths().forEach((path, request) -> {
            var response = request.apply(token);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            assertThat(response.body()).as(path).containsAnyOf(PATIENT_ID, "consent-weight", "consent-mmr");
        });
    }

    @Test
    void everyPathWhenNoConsentThenRecordInvisibleToOtherSites() {
        assertInvisibleTo(tokenOf("dr.klaus"));
        assertInvisibleTo(tokenOf("dr.nour"));
        assertInvisibleTo(clientTokenOf(NATIONAL_EHR_DE));
    }

    @Test
    void everyPathWhenPatientConsentsToBerlinThenVisibleThereExceptMentalHealthAndGoneAfterWithdrawal() {
        var consent = consentToBerlinWithholdingMentalHealth();
        var created = post(tokenOf("migrant.other"), "Consent", consent);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String consentId = FHIR.newJsonParser()
                .parseResource(Consent.class, created.body())
                .getIdElement()
                .getIdPart();

        String klaus = tokenOf("dr.klaus");
        assertThat(get(klaus, "Patient/" + PATIENT_ID).statusCode()).isEqualTo(200);
        var everything = get(klaus, "Patient/" + PATIENT_ID + "/$everything");
        assertThat(everything.body()).contains("consent-weight", "consent-mmr").doesNotContain("consent-depression");
        assertThat(get(klaus, "Condition?patient=" + PATIENT_ID).body()).doesNotContain("consent-depression");
        assertThat(get(klaus, "Condition/consent-depression").statusCode()).isIn(403, 404);
        assertInvisibleTo(tokenOf("dr.nour"));

        consent.setId(consentId);
        consent.setStatus(Consent.ConsentState.INACTIVE);
        var withdrawn = put(tokenOf("migrant.other"), "Consent/" + consentId, consent);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

        assertInvisibleTo(klaus);
    }

    @Test
    void readWhenConsentNamesTheCountryThenEveryClinicianThereSees() {
        var consent = privacyConsent();
        consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        consent.getProvision()
                .addActor()
                .setRole(recipient())
                .setReference(new Reference()
                        .setIdentifier(new Identifier()
                                .setSystem("urn:iso:std:iso:3166")
                                .setValue("DE")));
        assertThat(post(tokenOf("migrant.other"), "Consent", consent).statusCode())
                .isEqualTo(201);

        assertThat(get(tokenOf("dr.klaus"), "Patient/" + PATIENT_ID).statusCode())
                .isEqualTo(200);
        assertThat(get(clientTokenOf(NATIONAL_EHR_DE), "Observation?patient=" + PATIENT_ID)
                        .body())
                .contains("consent-weight");
        assertInvisibleTo(tokenOf("dr.nour"));
    }

    @Test
    void searchWhenNationalSystemOfTheCustodiansCountryThenSeesWithoutConsent() {
        assertThat(get(clientTokenOf(NATIONAL_EHR_JO), "Observation?patient=" + PATIENT_ID)
                        .body())
                .contains("consent-weight");
    }

    @Test
    void writeWhenRecordNotSharedThenForbiddenAndNothingStored() {
        var observation = ClinicalFixtures.bodyWeight(PATIENT, 70.0);
        var response = post(tokenOf("dr.klaus"), "Observation", observation);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(get(tokenOf("dr.amal"), "Observation?patient=" + PATIENT_ID).body())
                .doesNotContain("70.0");
    }

    @Test
    void transactionWhenNewPatientThenWriterSiteHoldsItAndSeesIt() {
        var bundle = patientWithBodyWeight(ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber()), null, 64.0);

        var response = post(tokenOf("dr.klaus"), "", bundle);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String patientId =
                new IdType(bundle(response).getEntryFirstRep().getResponse().getLocation()).getIdPart();
        var stored = get(tokenOf("dr.klaus"), "Patient/" + patientId);
        assertThat(FHIR.newJsonParser()
                        .parseResource(Patient.class, stored.body())
                        .getManagingOrganization()
                        .getReference())
                .isEqualTo("Organization/site-de-berlin");
        assertThat(get(tokenOf("dr.amal"), "Patient/" + patientId).statusCode()).isEqualTo(404);
    }

    @Test
    void transactionWhenConditionalCreateMatchesAnUnsharedPatientThenForbiddenAndNothingStored() {
        var existing = get(tokenOf("dr.amal"), "Patient/" + PATIENT_ID);
        var patient = FHIR.newJsonParser().parseResource(Patient.class, existing.body());
        var identifier = patient.getIdentifierFirstRep();
        patient.setId((String) null);
        var bundle = patientWithBodyWeight(
                patient, "identifier=" + identifier.getSystem() + "|" + identifier.getValue(), 71.5);

        var response = post(tokenOf("dr.klaus"), "", bundle);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(get(tokenOf("dr.amal"), "Observation?patient=" + PATIENT_ID).body())
                .doesNotContain("71.5");
    }

    @Test
    void consentWhenWrittenByAClinicianOfAnotherSiteThenForbidden() {
        var response = post(tokenOf("dr.klaus"), "Consent", consentToBerlinWithholdingMentalHealth());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    }

    private void assertInvisibleTo(String token) {
        paths().forEach((path, request) -> {
            var response = request.apply(token);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 404);
            if (response.statusCode() == 200) {
                // Links echo the query; what must be absent is any entry.
                var bundle = bundle(response);
                assertThat(bundle.getEntry()).as(path + ": " + response.body()).isEmpty();
                if (bundle.hasTotal()) {
                    assertThat(bundle.getTotal()).as(path).isZero();
                }
            } else {
                // A direct read says no more than "not known": the caller named the id itself.
                assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                        .as(path)
                        .contains("is not known")
                        .doesNotContain(family);
            }
        });
    }

    @Test
    void historyWhenRecordNotSharedThenNotKnownRatherThanPagesCountingItsVersions() {
        var response = get(tokenOf("dr.klaus"), "Patient/" + PATIENT_ID + "/_history?_count=1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                .contains("is not known");
    }

    @Test
    void countWhenConsentFiltersResultsThenRefusedRatherThanMiscounted() {
        var response = get(tokenOf("dr.klaus"), "Observation?patient=" + PATIENT_ID + "&_summary=count");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                .contains("_summary=count");
    }

    private static Consent consentToBerlinWithholdingMentalHealth() {
        var consent = privacyConsent();
        var base = consent.getProvision();
        base.setType(Consent.ConsentProvisionType.DENY);
        base.addProvision()
                .setType(Consent.ConsentProvisionType.PERMIT)
                .addPurpose(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "TREAT", "treatment"))
                .addActor()
                .setRole(recipient())
                .setReference(new Reference("Organization/site-de-berlin"));
        base.addProvision()
                .setType(Consent.ConsentProvisionType.DENY)
                .addSecurityLabel(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PSY", "psychiatry"));
        return consent;
    }

    private static Consent privacyConsent() {
        return ClinicalFixtures.privacyConsent(PATIENT);
    }

    /** A transaction: the patient (conditionally created if {@code ifNoneExist}), and a body weight for it. */
    private static Bundle patientWithBodyWeight(Patient patient, String ifNoneExist, double kilograms) {
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String patientUrl = "urn:uuid:" + UUID.randomUUID();
        bundle.addEntry()
                .setFullUrl(patientUrl)
                .setResource(patient)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Patient")
                .setIfNoneExist(ifNoneExist);
        bundle.addEntry()
                .setResource(ClinicalFixtures.bodyWeight(new Reference(patientUrl), kilograms))
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Observation");
        return bundle;
    }

    private static CodeableConcept recipient() {
        return new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient"));
    }
}

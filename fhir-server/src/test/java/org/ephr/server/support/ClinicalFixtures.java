package org.ephr.server.support;

import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/** Small, readable clinical resources for tests; each patient gets an e-PHR number no other test uses. */
public final class ClinicalFixtures {

    public static final String EPHR_NUMBER_SYSTEM = "https://fhir.migrant-ephr.org/sid/ephr-number";
    public static final String LOINC = "http://loinc.org";
    public static final String CVX = "http://hl7.org/fhir/sid/cvx";
    public static final String BODY_WEIGHT = "29463-7";

    /** Microseconds since the epoch at start: later runs start above anything an earlier run handed out. */
    private static final AtomicLong NEXT_SEED = new AtomicLong(System.currentTimeMillis() * 1_000);

    private ClinicalFixtures() {}

    /**
     * A seed for a synthetic population that no other test class of this run, nor an earlier run on the same
     * database, uses: test classes initialised within one millisecond used to draw the same people, and a
     * conditional create then found another test's resources instead of writing new ones.
     */
    public static long newPopulationSeed() {
        return NEXT_SEED.getAndIncrement();
    }

    public static String newEphrNumber() {
        return "EPHR-T-" + UUID.randomUUID();
    }

    public static Patient patient(String ephrNumber) {
        var patient = new Patient();
        patient.addIdentifier().setSystem(EPHR_NUMBER_SYSTEM).setValue(ephrNumber);
        patient.addName().setFamily("Haddad").addGiven("Amal");
        patient.addName().setFamily("حداد").addGiven("أمل");
        patient.setGender(AdministrativeGender.FEMALE);
        patient.getBirthDateElement().setValueAsString("1991");
        return patient;
    }

    public static Observation bodyWeight(Reference subject, double kilograms) {
        var observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs")));
        observation.setCode(new CodeableConcept(new Coding(LOINC, BODY_WEIGHT, "Body weight")));
        observation.setSubject(subject);
        observation.setEffective(new DateTimeType("2026-03-02T09:30:00Z"));
        observation.setValue(new Quantity()
                .setValue(kilograms)
                .setUnit("kg")
                .setSystem("http://unitsofmeasure.org")
                .setCode("kg"));
        return observation;
    }

    /** A migration health assessment visit. */
    public static Encounter healthAssessment(Reference patient) {
        var encounter = new Encounter();
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
        encounter.setSubject(patient);
        encounter.getPeriod().setStartElement(new DateTimeType("2026-03-02T09:00:00Z"));
        return encounter;
    }

    /** A diagnosis coded in ICD-10; chapter V codes (F..) are mental health. */
    public static Condition diagnosis(Reference patient, String icd10, String display) {
        var condition = new Condition();
        condition.setSubject(patient);
        condition.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/sid/icd-10", icd10, display)));
        condition.setClinicalStatus(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")));
        return condition;
    }

    public static Immunization measlesMumpsRubella(Reference patient) {
        var immunization = new Immunization();
        immunization.setStatus(Immunization.ImmunizationStatus.COMPLETED);
        immunization.setVaccineCode(new CodeableConcept(new Coding(CVX, "03", "MMR")));
        immunization.setPatient(patient);
        immunization.setOccurrence(new DateTimeType("2025-11-14"));
        immunization.addProtocolApplied().setDoseNumber(new org.hl7.fhir.r4.model.PositiveIntType(1));
        return immunization;
    }

    /** A patient's active privacy consent (opt-in) without provisions: each test says whom it permits or denies. */
    public static Consent privacyConsent(Reference patient) {
        var consent = new Consent();
        consent.setStatus(Consent.ConsentState.ACTIVE);
        consent.setScope(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept(new Coding(LOINC, "59284-0", "Patient Consent")));
        consent.setPatient(patient);
        consent.setDateTime(new Date());
        consent.setPolicyRule(
                new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in")));
        return consent;
    }
}

package org.ephr.synthetic;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * What the screening finds: a chest X-ray suggestive of active TB is followed by a sputum molecular test (Xpert
 * MTB/RIF), and a positive one by a tuberculosis diagnosis, now and then multidrug-resistant; a positive malaria
 * antigen test by a malaria diagnosis; and, rarely, measles or diphtheria. Diagnoses carry ICD-10 and, when
 * relevant under the IHR, the project's condition code, so that the public health reports count them as cases.
 */
final class ClinicalFindings {

    private static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    private static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

    private final PersonProfile person;
    private final Draws draws;
    private final Reference patient;
    private final Reference encounter;
    private final List<Resource> findings = new ArrayList<>();

    private ClinicalFindings(PersonProfile person, Draws draws, Reference patient, Reference encounter) {
        this.person = person;
        this.draws = draws;
        this.patient = patient;
        this.encounter = encounter;
    }

    /** Draws after everything else of the person, so that adding findings changed none of the earlier content. */
    static List<Resource> create(
            PersonProfile person, Draws draws, Reference patient, Reference encounter, List<Observation> screening) {
        ClinicalFindings result = new ClinicalFindings(person, draws, patient, encounter);
        for (Observation observation : screening) {
            if (hasCode(observation.getValue(), "abnormal-suggestive-of-active-tb")) {
                result.followUpSuspectedTuberculosis();
            } else if (observation.getCode().getCodingFirstRep().getCode().equals("50687-3")
                    && hasCode(observation.getValue(), "LA6576-8")) {
                result.diagnose("B54", "Unspecified malaria", "malaria", "Malaria", 120);
            }
        }
        if (draws.chance(0.004)) {
            result.diagnose("B05.9", "Measles without complication", "measles", "Measles", 60);
        } else if (draws.chance(0.001)) {
            result.diagnose("A36.9", "Diphtheria, unspecified", "diphtheria", "Diphtheria", 60);
        }
        return result.findings;
    }

    private void followUpSuspectedTuberculosis() {
        boolean positive = draws.chance(0.35);
        Observation xpert = new Observation();
        xpert.getMeta().addProfile(ObservationCode.TB_MOLECULAR_TEST.profile);
        xpert.setStatus(Observation.ObservationStatus.FINAL);
        xpert.addCategory(ObservationCode.TB_MOLECULAR_TEST.category.toCodeableConcept());
        xpert.setCode(ObservationCode.TB_MOLECULAR_TEST.toCodeableConcept());
        xpert.setSubject(patient);
        xpert.setEncounter(encounter);
        xpert.setEffective(FhirDates.dateTime(person.assessmentStart().plusMinutes(90)));
        xpert.setValue(new CodeableConcept(
                positive
                        ? new Coding(Uris.LOINC, "LA6576-8", "Positive")
                        : new Coding(Uris.LOINC, "LA6577-6", "Negative")));
        findings.add(xpert);
        if (positive) {
            if (draws.chance(0.1)) {
                diagnose(
                        "A15.0",
                        "Tuberculosis of lung, confirmed by sputum microscopy",
                        "mdr-tuberculosis",
                        "Multidrug-resistant tuberculosis (MDR-TB)",
                        180);
            } else {
                diagnose(
                        "A15.0",
                        "Tuberculosis of lung, confirmed by sputum microscopy",
                        "tuberculosis",
                        "Tuberculosis",
                        180);
            }
        }
    }

    private void diagnose(String icd10, String icd10Display, String ihrCondition, String ihrDisplay, int minutes) {
        OffsetDateTime recorded = person.assessmentStart().plusMinutes(minutes);
        Condition condition = new Condition();
        condition.getMeta().addProfile(Uris.MIGRANT_CONDITION);
        condition.addExtension(
                Uris.COUNTRY_OF_DETECTION, PatientFactory.country(person.countryOn(recorded.toLocalDate())));
        condition.setClinicalStatus(new CodeableConcept(new Coding(CONDITION_CLINICAL, "active", "Active")));
        condition.setVerificationStatus(
                new CodeableConcept(new Coding(CONDITION_VERIFICATION, "confirmed", "Confirmed")));
        condition.addCategory(
                new CodeableConcept(new Coding(CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis")));
        condition.setCode(new CodeableConcept()
                .addCoding(new Coding(ICD10, icd10, icd10Display))
                .addCoding(new Coding(Uris.IHR_CONDITION_CS, ihrCondition, ihrDisplay)));
        condition.setSubject(patient);
        condition.setEncounter(encounter);
        condition.setOnset(FhirDates.day(recorded.toLocalDate()));
        condition.setRecordedDateElement(FhirDates.dateTime(recorded));
        findings.add(condition);
    }

    private static boolean hasCode(org.hl7.fhir.r4.model.Type value, String code) {
        return value instanceof CodeableConcept concept
                && concept.getCoding().stream().anyMatch(coding -> code.equals(coding.getCode()));
    }
}

package org.ephr.synthetic;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** The LOINC codes the health assessment records, with their LOINC long common names and profiles. */
enum ObservationCode {
    BODY_WEIGHT("29463-7", "Body weight", Category.VITAL_SIGNS, Uris.BODY_WEIGHT),
    BODY_HEIGHT("8302-2", "Body height", Category.VITAL_SIGNS, Uris.BODY_HEIGHT),
    BODY_MASS_INDEX("39156-5", "Body mass index (BMI) [Ratio]", Category.VITAL_SIGNS, Uris.BMI),
    BLOOD_PRESSURE(
            "85354-9", "Blood pressure panel with all children optional", Category.VITAL_SIGNS, Uris.BLOOD_PRESSURE),
    SYSTOLIC_BLOOD_PRESSURE("8480-6", "Systolic blood pressure", null, null),
    DIASTOLIC_BLOOD_PRESSURE("8462-4", "Diastolic blood pressure", null, null),
    MID_UPPER_ARM_CIRCUMFERENCE("56072-2", "Circumference Mid upper arm - right", Category.EXAM, Uris.MUAC_OBSERVATION),
    TB_INTERFERON_GAMMA_RELEASE_ASSAY(
            "71773-6",
            "Mycobacterium tuberculosis stimulated gamma interferon [Interpretation] in Blood Qualitative",
            Category.LABORATORY,
            Uris.TB_SCREENING_OBSERVATION),
    TB_MOLECULAR_TEST(
            "85362-2",
            "Mycobacterium tuberculosis complex DNA [Presence] in Sputum or Bronchial by NAA with probe detection",
            Category.LABORATORY,
            Uris.TB_SCREENING_OBSERVATION),
    CHEST_XRAY_FINDINGS(
            "18782-3", "Radiology Study observation (narrative)", Category.IMAGING, Uris.TB_SCREENING_OBSERVATION),
    HIV_ANTIBODY(
            "31201-7",
            "HIV 1+2 Ab [Presence] in Serum or Plasma by Immunoassay",
            Category.LABORATORY,
            Uris.SCREENING_LAB_OBSERVATION),
    HEPATITIS_B_SURFACE_ANTIGEN(
            "5196-1",
            "Hepatitis B virus surface Ag [Presence] in Serum or Plasma by Immunoassay",
            Category.LABORATORY,
            Uris.SCREENING_LAB_OBSERVATION),
    HEPATITIS_C_ANTIBODY(
            "16128-1", "Hepatitis C virus Ab [Presence] in Serum", Category.LABORATORY, Uris.SCREENING_LAB_OBSERVATION),
    SYPHILIS_RPR(
            "20507-0", "Reagin Ab [Presence] in Serum by RPR", Category.LABORATORY, Uris.SCREENING_LAB_OBSERVATION),
    MALARIA_ANTIGEN(
            "50687-3", "Plasmodium sp Ag [Presence] in Blood", Category.LABORATORY, Uris.SCREENING_LAB_OBSERVATION),
    PHQ9_TOTAL_SCORE(
            "44261-6",
            "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
            Category.SURVEY,
            Uris.MENTAL_HEALTH_SCREENING_OBSERVATION);

    /** Codes from http://terminology.hl7.org/CodeSystem/observation-category. */
    enum Category {
        VITAL_SIGNS("vital-signs", "Vital Signs"),
        LABORATORY("laboratory", "Laboratory"),
        SURVEY("survey", "Survey"),
        EXAM("exam", "Exam"),
        IMAGING("imaging", "Imaging");

        final String code;
        final String display;

        Category(String code, String display) {
            this.code = code;
            this.display = display;
        }

        CodeableConcept toCodeableConcept() {
            return new CodeableConcept(new Coding(Uris.OBSERVATION_CATEGORY, code, display));
        }
    }

    final String code;
    final String display;
    /** Null for codes that only appear as components of another observation. */
    final Category category;
    /**
     * The profile an observation with this code conforms to (a project profile, or a FHIR core vital-signs
     * profile); null for component-only codes.
     */
    final String profile;

    ObservationCode(String code, String display, Category category, String profile) {
        this.code = code;
        this.display = display;
        this.category = category;
        this.profile = profile;
    }

    boolean isComponentOnly() {
        return category == null;
    }

    CodeableConcept toCodeableConcept() {
        return new CodeableConcept(new Coding(Uris.LOINC, code, display));
    }
}

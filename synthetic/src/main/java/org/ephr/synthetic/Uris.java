package org.ephr.synthetic;

/**
 * Code systems, identifier systems, extensions and profiles used in the generated records: the canonical URLs
 * of the project's conformance contract (profiles/ and terminology/), plus the FHIR core ones reused.
 */
final class Uris {
    static final String PROJECT = "https://fhir.migrant-ephr.org";

    // Identifier systems
    static final String EPHR_NUMBER = PROJECT + "/sid/ephr-number";
    static final String PASSPORT = PROJECT + "/sid/passport";
    static final String UNHCR_CASE = PROJECT + "/sid/unhcr-case";
    static final String IOM_CASE = PROJECT + "/sid/iom-case";
    /** The record id a resource had in the (synthetic) sending system: what makes a re-send recognisable. */
    static final String SOURCE_RECORD = PROJECT + "/sid/source-record";

    // Project code systems
    static final String MIGRATION_STATUS_CS = PROJECT + "/CodeSystem/migration-status-cs";
    static final String ASSESSMENT_TYPE_CS = PROJECT + "/CodeSystem/assessment-type-cs";
    static final String EVIDENCE_SOURCE_CS = PROJECT + "/CodeSystem/evidence-source-cs";
    static final String CHEST_XRAY_TB_READING_CS = PROJECT + "/CodeSystem/chest-xray-tb-reading-cs";
    static final String IHR_CONDITION_CS = PROJECT + "/CodeSystem/ihr-condition-cs";

    // Project extensions
    static final String MIGRATION_STATUS = PROJECT + "/StructureDefinition/migration-status";
    static final String ARRIVAL_DATE = PROJECT + "/StructureDefinition/arrival-date";
    static final String TRANSIT_COUNTRY = PROJECT + "/StructureDefinition/transit-country";
    static final String INTENDED_DESTINATION = PROJECT + "/StructureDefinition/intended-destination";
    static final String BIRTH_DATE_ESTIMATED = PROJECT + "/StructureDefinition/birth-date-estimated";
    static final String IDENTIFIER_ISSUING_COUNTRY = PROJECT + "/StructureDefinition/identifier-issuing-country";
    static final String COUNTRY_OF_ADMINISTRATION = PROJECT + "/StructureDefinition/country-of-administration";
    static final String EVIDENCE_SOURCE = PROJECT + "/StructureDefinition/evidence-source";
    static final String ASSESSMENT_COUNTRY = PROJECT + "/StructureDefinition/assessment-country";
    static final String COUNTRY_OF_DETECTION = PROJECT + "/StructureDefinition/country-of-detection";

    // Project profiles (Resource.meta.profile)
    static final String MIGRANT_PATIENT = PROJECT + "/StructureDefinition/migrant-patient";
    static final String MIGRANT_ENCOUNTER = PROJECT + "/StructureDefinition/migrant-encounter";
    static final String MIGRANT_CONDITION = PROJECT + "/StructureDefinition/migrant-condition";
    static final String MIGRANT_IMMUNIZATION = PROJECT + "/StructureDefinition/migrant-immunization";
    static final String TB_SCREENING_OBSERVATION = PROJECT + "/StructureDefinition/tb-screening-observation";
    static final String SCREENING_LAB_OBSERVATION = PROJECT + "/StructureDefinition/screening-lab-observation";
    static final String MUAC_OBSERVATION = PROJECT + "/StructureDefinition/muac-observation";
    static final String MENTAL_HEALTH_SCREENING_OBSERVATION =
            PROJECT + "/StructureDefinition/mental-health-screening-observation";

    // FHIR core extensions and vital-signs profiles (the project does not re-profile vital signs)
    static final String NATIONALITY = "http://hl7.org/fhir/StructureDefinition/patient-nationality";
    static final String BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";
    static final String INTERPRETER_REQUIRED = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";
    static final String BODY_WEIGHT = "http://hl7.org/fhir/StructureDefinition/bodyweight";
    static final String BODY_HEIGHT = "http://hl7.org/fhir/StructureDefinition/bodyheight";
    static final String BMI = "http://hl7.org/fhir/StructureDefinition/bmi";
    static final String BLOOD_PRESSURE = "http://hl7.org/fhir/StructureDefinition/bp";

    // External code systems
    static final String ISO_3166 = "urn:iso:std:iso:3166";
    static final String BCP_47 = "urn:ietf:bcp:47";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String CVX = "http://hl7.org/fhir/sid/cvx";
    static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String OBSERVATION_INTERPRETATION =
            "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    static final String IMMUNIZATION_ORIGIN = "http://terminology.hl7.org/CodeSystem/immunization-origin";

    private Uris() {}
}

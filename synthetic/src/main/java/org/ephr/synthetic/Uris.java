package org.ephr.synthetic;

/** Code systems, identifier systems and extension URLs used in the generated records. */
final class Uris {
    static final String PROJECT = "https://fhir.migrant-ephr.org";

    static final String EPHR_NUMBER = PROJECT + "/sid/ephr-number";
    static final String PASSPORT = PROJECT + "/sid/passport";
    static final String UNHCR_CASE = PROJECT + "/sid/unhcr-case";
    /** The record id a resource had in the (synthetic) sending system: what makes a re-send recognisable. */
    static final String SOURCE_RECORD = PROJECT + "/sid/source-record";

    static final String ENCOUNTER_TYPE = PROJECT + "/CodeSystem/encounter-type";
    static final String MIGRATION_STATUS_CODES = PROJECT + "/CodeSystem/migration-status";

    // Migration status and journey are not profiled yet; these extensions keep the data until they are.
    static final String MIGRATION_STATUS = PROJECT + "/StructureDefinition/migration-status";
    static final String ARRIVAL_DATE = PROJECT + "/StructureDefinition/arrival-date";
    static final String COUNTRY_OF_ADMINISTRATION = PROJECT + "/StructureDefinition/country-of-administration";

    static final String NATIONALITY = "http://hl7.org/fhir/StructureDefinition/patient-nationality";
    static final String BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";

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

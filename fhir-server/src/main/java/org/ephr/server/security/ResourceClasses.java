package org.ephr.server.security;

import java.util.Set;

/** The resource types the roles are defined over: whose content is clinical, directory or conformance. */
final class ResourceClasses {

    private ResourceClasses() {}

    /** A migrant's health record: identifiable, clinical, under the patient's consent. */
    static final Set<String> CLINICAL = Set.of(
            "Patient",
            "Observation",
            "Immunization",
            "Encounter",
            "Condition",
            "AllergyIntolerance",
            "MedicationStatement",
            "MedicationRequest",
            "Procedure",
            "DiagnosticReport",
            "DocumentReference",
            "Composition",
            "CarePlan",
            "Specimen",
            "RelatedPerson",
            "QuestionnaireResponse",
            "FamilyMemberHistory",
            "Flag",
            "Communication",
            "Consent",
            // Groups of patients: what a national system names for a Group-level bulk export.
            "Group");

    /** Who and where: sites, health workers, medications. Not about a patient. */
    static final Set<String> DIRECTORY =
            Set.of("Organization", "Practitioner", "PractitionerRole", "Location", "Medication");

    /** Profiles, terminology and report definitions: public knowledge, readable by every authenticated caller. */
    static final Set<String> CONFORMANCE = Set.of(
            "StructureDefinition",
            "ValueSet",
            "CodeSystem",
            "ConceptMap",
            "SearchParameter",
            "ImplementationGuide",
            "NamingSystem",
            "OperationDefinition",
            "CapabilityStatement",
            "Questionnaire",
            "Measure");

    /** Terminology, validation and signature verification: they disclose no record. */
    static final Set<String> KNOWLEDGE_OPERATIONS =
            Set.of("$expand", "$lookup", "$validate-code", "$translate", "$subsumes", "$validate", "$verify-signature");
}

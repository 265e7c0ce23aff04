package org.ephr.server.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ephr.export.Annex2;
import org.ephr.export.ReportMeasure;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * What a stored resource contributes to the reports: the rules that decide what counts, kept in one place (and
 * restated independently by the brute-force test). A Patient gives the person's attributes, an Organization its
 * country, and the clinical resources their countable events; site, country and age are resolved when a report
 * is computed, so that later corrections to a patient, an encounter or a site count at once.
 */
final class ReportingFacts {

    static final String PROJECT = "https://fhir.migrant-ephr.org";
    static final String ASSESSMENT_COUNTRY = PROJECT + "/StructureDefinition/assessment-country";
    static final String COUNTRY_OF_ADMINISTRATION = PROJECT + "/StructureDefinition/country-of-administration";
    static final String COUNTRY_OF_DETECTION = PROJECT + "/StructureDefinition/country-of-detection";
    static final String MIGRATION_STATUS = PROJECT + "/StructureDefinition/migration-status";
    static final String NATIONALITY = "http://hl7.org/fhir/StructureDefinition/patient-nationality";
    static final String ASSESSMENT_TYPES = PROJECT + "/CodeSystem/assessment-type-cs";
    static final String LOINC = "http://loinc.org";
    static final String CVX = "http://hl7.org/fhir/sid/cvx";

    /** Encounter types that are health assessments (follow-ups and visits are not). */
    static final Set<String> ASSESSMENTS = Set.of(
            "pre-departure-health-assessment",
            "pre-embarkation-check",
            "arrival-health-screening",
            "outbreak-screening");

    static final String TUBERCULOSIS = "tuberculosis";
    static final String MDR_TUBERCULOSIS = "mdr-tuberculosis";

    static final String UNKNOWN = "unknown";

    /** Clinical types that give events. */
    static final Set<String> PROJECTED_TYPES = Set.of("Encounter", "Observation", "Immunization", "Condition");

    private final Annex2 annex2;

    ReportingFacts(Annex2 annex2) {
        this.annex2 = annex2;
    }

    /** The person's attributes, for every breakdown by person. */
    record PatientRow(
            String patientId,
            String sex,
            LocalDate birthDate,
            String nationality,
            String migrationStatus,
            String site) {}

    /** A site's country, for events whose own country is not recorded. */
    record SiteRow(String organizationId, String country) {}

    /**
     * One countable event (or, for a non-assessment encounter, the site and country its resources inherit).
     *
     * @param measure a {@link ReportMeasure} name, or {@link #CONTEXT}
     * @param category the condition, antigen or TB outcome
     * @param confirmatory a bacteriological TB test (its positive result may become MDR-TB)
     */
    record EventRow(
            String resourceType,
            String resourceId,
            String measure,
            String patientId,
            LocalDate eventDate,
            String site,
            String country,
            String encounterId,
            String category,
            String dose,
            boolean confirmatory) {}

    /** Measure of an encounter that is only there to lend its site and country. */
    static final String CONTEXT = "CONTEXT";

    Optional<PatientRow> patient(Resource resource) {
        if (!(resource instanceof Patient patient)) {
            return Optional.empty();
        }
        return Optional.of(new PatientRow(
                patient.getIdElement().getIdPart(),
                patient.hasGender() ? patient.getGender().toCode() : UNKNOWN,
                birthDate(patient),
                nested(patient, NATIONALITY, "code").orElse(UNKNOWN),
                nested(patient, MIGRATION_STATUS, "status").orElse(UNKNOWN),
                id(patient.getManagingOrganization(), "Organization")));
    }

    Optional<SiteRow> site(Resource resource) {
        if (!(resource instanceof Organization organization)) {
            return Optional.empty();
        }
        String country = organization.getAddress().stream()
                .filter(address -> address.hasCountry())
                .map(address -> address.getCountry().trim().toUpperCase(Locale.ROOT))
                .findFirst()
                .orElse(null);
        return Optional.of(new SiteRow(organization.getIdElement().getIdPart(), country));
    }

    /** The events of a clinical resource; none when it does not count (not done, not confirmed, no date). */
    List<EventRow> events(Resource resource) {
        List<EventRow> events = new ArrayList<>();
        if (resource instanceof Encounter encounter) {
            encounter(encounter, events);
        } else if (resource instanceof Observation observation) {
            observation(observation, events);
        } else if (resource instanceof Immunization immunization) {
            immunization(immunization, events);
        } else if (resource instanceof Condition condition) {
            condition(condition, events);
        }
        return events;
    }

    private void encounter(Encounter encounter, List<EventRow> events) {
        boolean happened =
                switch (encounter.getStatus() == null ? Encounter.EncounterStatus.NULL : encounter.getStatus()) {
                    case INPROGRESS, ONLEAVE, FINISHED, ARRIVED, TRIAGED -> true;
                    default -> false;
                };
        boolean assessment = happened
                && encounter.getType().stream()
                        .flatMap(type -> type.getCoding().stream())
                        .anyMatch(coding ->
                                ASSESSMENT_TYPES.equals(coding.getSystem()) && ASSESSMENTS.contains(coding.getCode()));
        LocalDate date = day(encounter.getPeriod().getStartElement());
        events.add(new EventRow(
                "Encounter",
                encounter.getIdElement().getIdPart(),
                assessment && date != null ? ReportMeasure.ASSESSMENTS.name() : CONTEXT,
                id(encounter.getSubject(), "Patient"),
                date,
                id(encounter.getServiceProvider(), "Organization"),
                country(encounter, ASSESSMENT_COUNTRY),
                null,
                null,
                null,
                false));
    }

    private void observation(Observation observation, List<EventRow> events) {
        boolean valid =
                switch (observation.getStatus() == null
                        ? Observation.ObservationStatus.NULL
                        : observation.getStatus()) {
                    case FINAL, AMENDED, CORRECTED -> true;
                    default -> false;
                };
        String test = loinc(observation.getCode());
        LocalDate date = observation.hasEffectiveDateTimeType()
                ? day(observation.getEffectiveDateTimeType())
                : observation.hasEffectivePeriod()
                        ? day(observation.getEffectivePeriod().getStartElement())
                        : null;
        if (!valid || test == null || date == null || !TbOutcomes.isTbTest(test)) {
            return;
        }
        String outcome = TbOutcomes.of(test, observation);
        boolean confirmatory = TbOutcomes.BACTERIOLOGICAL_TB_TESTS.contains(test);
        String patient = id(observation.getSubject(), "Patient");
        String encounter = id(observation.getEncounter(), "Encounter");
        String performer = observation.getPerformer().stream()
                .map(reference -> id(reference, "Organization"))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        String id = observation.getIdElement().getIdPart();
        events.add(new EventRow(
                "Observation",
                id,
                ReportMeasure.TB_SCREENING.name(),
                patient,
                date,
                performer,
                null,
                encounter,
                outcome,
                null,
                confirmatory));
        if (confirmatory && outcome.equals(TbOutcomes.POSITIVE)) {
            events.add(new EventRow(
                    "Observation",
                    id,
                    ReportMeasure.CASES.name(),
                    patient,
                    date,
                    performer,
                    null,
                    encounter,
                    TUBERCULOSIS,
                    null,
                    false));
        }
    }

    private void immunization(Immunization immunization, List<EventRow> events) {
        if (immunization.getStatus() != Immunization.ImmunizationStatus.COMPLETED
                || !immunization.hasOccurrenceDateTimeType()) {
            return;
        }
        LocalDate date = day(immunization.getOccurrenceDateTimeType());
        if (date == null) {
            return;
        }
        String antigen = immunization.getVaccineCode().getCoding().stream()
                .filter(coding -> CVX.equals(coding.getSystem()) && coding.hasCode())
                .map(Coding::getCode)
                .findFirst()
                .orElse("other");
        String dose = immunization.getProtocolApplied().stream()
                .filter(protocol -> protocol.hasDoseNumber())
                .map(protocol -> protocol.getDoseNumber().primitiveValue())
                .findFirst()
                .orElse(UNKNOWN);
        String performer = immunization.getPerformer().stream()
                .map(performerComponent -> id(performerComponent.getActor(), "Organization"))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        events.add(new EventRow(
                "Immunization",
                immunization.getIdElement().getIdPart(),
                ReportMeasure.VACCINATIONS.name(),
                id(immunization.getPatient(), "Patient"),
                date,
                performer,
                country(immunization, COUNTRY_OF_ADMINISTRATION),
                id(immunization.getEncounter(), "Encounter"),
                antigen,
                dose,
                false));
    }

    private void condition(Condition condition, List<EventRow> events) {
        boolean confirmed = condition.getVerificationStatus().getCoding().stream()
                .anyMatch(coding -> "confirmed".equals(coding.getCode()));
        LocalDate date = condition.hasRecordedDate()
                ? day(condition.getRecordedDateElement())
                : condition.hasOnsetDateTimeType() ? day(condition.getOnsetDateTimeType()) : null;
        Optional<String> ihrCondition = ihrCondition(condition.getCode());
        if (!confirmed || date == null || ihrCondition.isEmpty()) {
            return;
        }
        String patient = id(condition.getSubject(), "Patient");
        String encounter = id(condition.getEncounter(), "Encounter");
        String country = country(condition, COUNTRY_OF_DETECTION);
        String id = condition.getIdElement().getIdPart();
        List<String> conditions = ihrCondition.get().equals(MDR_TUBERCULOSIS)
                // MDR-TB is tuberculosis too: the tuberculosis count includes it.
                ? List.of(MDR_TUBERCULOSIS, TUBERCULOSIS)
                : List.of(ihrCondition.get());
        for (String counted : conditions) {
            events.add(new EventRow(
                    "Condition",
                    id,
                    ReportMeasure.CASES.name(),
                    patient,
                    date,
                    null,
                    country,
                    encounter,
                    counted,
                    null,
                    false));
        }
    }

    /** The IHR condition of a diagnosis: its project code if it has one, else its ICD-10 code's. */
    Optional<String> ihrCondition(CodeableConcept code) {
        for (Coding coding : code.getCoding()) {
            if (Annex2.CONDITION_SYSTEM.equals(coding.getSystem())
                    && coding.hasCode()
                    && annex2.classifyCondition(coding.getCode()).isPresent()) {
                return Optional.of(coding.getCode());
            }
        }
        for (Coding coding : code.getCoding()) {
            if (Annex2.ICD10_SYSTEM.equals(coding.getSystem()) && coding.hasCode()) {
                Optional<String> mapped = annex2.icd10Condition(coding.getCode());
                if (mapped.isPresent()) {
                    return mapped;
                }
            }
        }
        return Optional.empty();
    }

    static String code(CodeableConcept concept, String system) {
        if (concept == null) {
            return null;
        }
        return concept.getCoding().stream()
                .filter(coding -> system.equals(coding.getSystem()) && coding.hasCode())
                .map(Coding::getCode)
                .findFirst()
                .orElse(null);
    }

    private static String loinc(CodeableConcept concept) {
        return code(concept, LOINC);
    }

    /** A year-only birth date counts as 1 July, a year-month one as the 15th, as in {@code AgeGroup}. */
    static LocalDate birthDate(Patient patient) {
        if (!patient.hasBirthDateElement() || patient.getBirthDateElement().getValueAsString() == null) {
            return null;
        }
        String text = patient.getBirthDateElement().getValueAsString();
        try {
            return switch (text.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(text), 7, 1);
                case 7 -> LocalDate.parse(text + "-15");
                case 10 -> LocalDate.parse(text);
                default -> null;
            };
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** The calendar day of a date-time as written (its own offset); null without day precision. */
    static LocalDate day(BaseDateTimeType value) {
        if (value == null || value.getValue() == null) {
            return null;
        }
        String text = value.getValueAsString();
        if (text == null || text.length() < 10) {
            return null;
        }
        return LocalDate.parse(text.substring(0, 10));
    }

    /**
     * A coded part of a complex extension. Repeated extensions (several nationalities, a migration status history):
     * the current one, i.e. the latest started whose {@code period} has not ended, else the first.
     */
    private static Optional<String> nested(DomainResource resource, String url, String part) {
        List<Extension> candidates = resource.getExtensionsByUrl(url);
        Extension chosen = null;
        String chosenStart = "";
        for (Extension candidate : candidates) {
            Extension period = candidate.getExtensionByUrl("period");
            boolean ended =
                    period != null && period.getValue() instanceof org.hl7.fhir.r4.model.Period value && value.hasEnd();
            String start = period != null
                            && period.getValue() instanceof org.hl7.fhir.r4.model.Period value
                            && value.hasStart()
                    ? value.getStartElement().getValueAsString()
                    : "";
            if (!ended && (chosen == null || start.compareTo(chosenStart) > 0)) {
                chosen = candidate;
                chosenStart = start;
            }
        }
        if (chosen == null && !candidates.isEmpty()) {
            chosen = candidates.get(0);
        }
        Extension inner = chosen == null
                ? null
                : chosen.getExtensionsByUrl(part).stream().findFirst().orElse(null);
        if (inner == null || !(inner.getValue() instanceof CodeableConcept concept)) {
            return Optional.empty();
        }
        return concept.getCoding().stream()
                .filter(Coding::hasCode)
                .map(Coding::getCode)
                .findFirst();
    }

    private static String country(DomainResource resource, String url) {
        Extension extension =
                resource.getExtensionsByUrl(url).stream().findFirst().orElse(null);
        if (extension != null && extension.getValue() instanceof CodeableConcept concept) {
            return concept.getCoding().stream()
                    .filter(Coding::hasCode)
                    .map(coding -> coding.getCode().toUpperCase(Locale.ROOT))
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }

    /** The id of a relative reference to a resource of {@code type}; null for anything else. */
    static String id(Reference reference, String type) {
        if (reference == null || !reference.hasReference()) {
            return null;
        }
        var element = reference.getReferenceElement();
        if (!type.equals(element.getResourceType()) || element.isAbsolute() || !element.hasIdPart()) {
            return null;
        }
        return element.getIdPart();
    }
}

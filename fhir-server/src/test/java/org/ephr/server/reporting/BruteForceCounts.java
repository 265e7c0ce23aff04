package org.ephr.server.reporting;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ephr.export.AgeGroup;
import org.ephr.export.AggregateTable;
import org.ephr.export.Dimension;
import org.ephr.export.ReportMeasure;
import org.ephr.export.ReportRequest;
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

/**
 * The report's figures recounted the slow way: every stored resource loaded into memory and each counting rule
 * restated in plain Java, with none of the projection's code or SQL. Test-sized populations only.
 */
final class BruteForceCounts {

    private static final String PROJECT = "https://fhir.migrant-ephr.org";
    private static final Set<String> ASSESSMENT_TYPES = Set.of(
            "pre-departure-health-assessment",
            "pre-embarkation-check",
            "arrival-health-screening",
            "outbreak-screening");
    private static final Set<String> BACTERIOLOGICAL = Set.of("11477-7", "11545-1", "89636-5", "85362-2", "91829-2");
    private static final org.ephr.export.Annex2 ANNEX2 = org.ephr.export.Annex2.fromClasspath();

    /** One counted event, all attributes resolved. */
    private record Event(
            ReportMeasure measure,
            String order,
            String patient,
            LocalDate date,
            String site,
            String country,
            String category,
            String dose,
            boolean mdrPositive) {}

    private final Map<String, Patient> patients = new HashMap<>();
    private final Map<String, String> siteCountries = new HashMap<>();
    private final Map<String, Encounter> encounters = new HashMap<>();
    private final List<Event> events = new ArrayList<>();

    private BruteForceCounts() {}

    static BruteForceCounts of(DaoRegistry daos) {
        var counts = new BruteForceCounts();
        all(daos, Organization.class)
                .forEach(organization -> counts.siteCountries.put(
                        organization.getIdPart(),
                        organization.getAddressFirstRep().getCountry()));
        all(daos, Patient.class).forEach(patient -> counts.patients.put(patient.getIdPart(), patient));
        all(daos, Encounter.class).forEach(encounter -> counts.encounters.put(encounter.getIdPart(), encounter));
        List<Condition> conditions = all(daos, Condition.class);
        Set<String> mdrPatients = new java.util.HashSet<>();
        conditions.stream()
                .filter(condition -> "mdr-tuberculosis".equals(ihrCondition(condition)) && confirmed(condition))
                .forEach(condition -> mdrPatients.add(ref(condition.getSubject())));
        counts.encounters.values().forEach(counts::assessment);
        all(daos, Observation.class).forEach(observation -> counts.tbTest(observation, mdrPatients));
        all(daos, Immunization.class).forEach(counts::vaccination);
        conditions.forEach(counts::diagnosis);
        return counts;
    }

    /** The innermost cells with a non-zero count. */
    Map<List<String>, Long> count(ReportRequest request) {
        List<Event> counted = events.stream()
                .filter(event -> event.measure() == request.measure())
                .toList();
        if (request.measure() == ReportMeasure.CASES) {
            Map<List<String>, Event> first = new HashMap<>();
            counted.stream()
                    .sorted(Comparator.comparing(Event::date).thenComparing(Event::order))
                    .forEach(event -> first.putIfAbsent(List.of(event.patient(), event.category()), event));
            counted = List.copyOf(first.values());
        }
        Map<List<String>, Long> cells = new HashMap<>();
        for (Event event : counted) {
            if (event.date().isBefore(request.periodStart()) || event.date().isAfter(request.periodEnd())) {
                continue;
            }
            List<String> key = new ArrayList<>();
            for (Dimension dimension : request.tableDimensions()) {
                key.add(value(dimension, event, request));
            }
            cells.merge(key, 1L, Long::sum);
        }
        return cells;
    }

    /** Innermost cells and every margin ({@code ALL} in the summed dimensions). */
    Map<List<String>, Long> withMargins(ReportRequest request) {
        Map<List<String>, Long> all = new HashMap<>();
        int n = request.tableDimensions().size();
        count(request).forEach((key, count) -> {
            for (int mask = 0; mask < (1 << n); mask++) {
                List<String> margin = new ArrayList<>(key);
                for (int d = 0; d < n; d++) {
                    if ((mask & (1 << d)) != 0) {
                        margin.set(d, AggregateTable.ALL);
                    }
                }
                all.merge(margin, count, Long::sum);
            }
        });
        return all;
    }

    private String value(Dimension dimension, Event event, ReportRequest request) {
        Patient patient = event.patient() == null ? null : patients.get(event.patient());
        return switch (dimension) {
            case PERIOD -> request.granularity().label(event.date());
            case COUNTRY -> event.country();
            case SITE -> event.site();
            case CONDITION, ANTIGEN -> event.category();
            case TB_OUTCOME -> event.mdrPositive() ? "mdr-tb" : event.category();
            case DOSE -> event.dose();
            case AGE_GROUP ->
                AgeGroup.ofFhirDate(
                                patient == null
                                        ? null
                                        : patient.getBirthDateElement().getValueAsString(),
                                event.date())
                        .code();
            case SEX ->
                patient == null || !patient.hasGender()
                        ? "unknown"
                        : patient.getGender().toCode();
            case NATIONALITY -> nested(patient, "http://hl7.org/fhir/StructureDefinition/patient-nationality", "code");
            case MIGRATION_STATUS -> nested(patient, PROJECT + "/StructureDefinition/migration-status", "status");
        };
    }

    private void assessment(Encounter encounter) {
        boolean happened = Set.of("in-progress", "onleave", "finished", "arrived", "triaged")
                .contains(
                        encounter.getStatus() == null
                                ? ""
                                : encounter.getStatus().toCode());
        boolean assessment = encounter.getType().stream()
                .flatMap(type -> type.getCoding().stream())
                .anyMatch(coding -> (PROJECT + "/CodeSystem/assessment-type-cs").equals(coding.getSystem())
                        && ASSESSMENT_TYPES.contains(coding.getCode()));
        LocalDate date = day(encounter.getPeriod().getStartElement());
        if (happened && assessment && date != null) {
            String patient = ref(encounter.getSubject());
            String site = siteOf(ref(encounter.getServiceProvider()), null, patient);
            add(
                    ReportMeasure.ASSESSMENTS,
                    encounter,
                    patient,
                    date,
                    site,
                    countryOf(encounter, "assessment-country", null, site),
                    "unknown",
                    null,
                    false);
        }
    }

    private void tbTest(Observation observation, Set<String> mdrPatients) {
        String loinc = observation.getCode().getCoding().stream()
                .filter(coding -> "http://loinc.org".equals(coding.getSystem()))
                .map(Coding::getCode)
                .findFirst()
                .orElse("");
        boolean tbTest = Set.of("18782-3", "1648-5", "71773-6").contains(loinc) || BACTERIOLOGICAL.contains(loinc);
        boolean final_ = observation.getStatus() != null
                && Set.of("final", "amended", "corrected")
                        .contains(observation.getStatus().toCode());
        LocalDate date = observation.hasEffectiveDateTimeType() ? day(observation.getEffectiveDateTimeType()) : null;
        if (!tbTest || !final_ || date == null) {
            return;
        }
        String outcome = outcome(loinc, observation);
        String patient = ref(observation.getSubject());
        Encounter encounter = encounters.get(ref(observation.getEncounter()));
        String performer = observation.getPerformer().stream()
                .filter(reference ->
                        "Organization".equals(reference.getReferenceElement().getResourceType()))
                .map(BruteForceCounts::ref)
                .findFirst()
                .orElse(null);
        String site = siteOf(performer, encounter, patient);
        String country = countryOf(null, null, encounter, site);
        boolean confirmedPositive = BACTERIOLOGICAL.contains(loinc) && outcome.equals("positive");
        add(
                ReportMeasure.TB_SCREENING,
                observation,
                patient,
                date,
                site,
                country,
                outcome,
                null,
                confirmedPositive && mdrPatients.contains(patient));
        if (confirmedPositive) {
            add(ReportMeasure.CASES, observation, patient, date, site, country, "tuberculosis", null, false);
        }
    }

    private static String outcome(String loinc, Observation observation) {
        if (loinc.equals("18782-3")) {
            String reading = observation.hasValueCodeableConcept()
                    ? observation.getValueCodeableConcept().getCodingFirstRep().getCode()
                    : null;
            if (reading == null) {
                return "not-coded";
            }
            return switch (reading) {
                case "normal" -> "negative";
                case "abnormal-suggestive-of-active-tb" -> "presumptive-tb";
                case "not-interpretable" -> "indeterminate";
                default -> "other-abnormal";
            };
        }
        if (loinc.equals("1648-5")) {
            return observation.getValueQuantity().getValue().compareTo(BigDecimal.TEN) >= 0 ? "positive" : "negative";
        }
        String answer = observation.hasValueCodeableConcept()
                ? observation.getValueCodeableConcept().getCodingFirstRep().getCode()
                : "";
        return switch (answer) {
            case "LA6576-8" -> "positive";
            case "LA6577-6" -> "negative";
            case "LA11884-6" -> "indeterminate";
            default -> "not-coded";
        };
    }

    private void vaccination(Immunization immunization) {
        if (immunization.getStatus() != Immunization.ImmunizationStatus.COMPLETED
                || !immunization.hasOccurrenceDateTimeType()) {
            return;
        }
        LocalDate date = day(immunization.getOccurrenceDateTimeType());
        if (date == null) {
            return;
        }
        String patient = ref(immunization.getPatient());
        String performer = immunization.getPerformer().stream()
                .map(Immunization.ImmunizationPerformerComponent::getActor)
                .filter(reference ->
                        "Organization".equals(reference.getReferenceElement().getResourceType()))
                .map(BruteForceCounts::ref)
                .findFirst()
                .orElse(null);
        String site = siteOf(performer, encounters.get(ref(immunization.getEncounter())), patient);
        String antigen = immunization.getVaccineCode().getCoding().stream()
                .filter(coding -> "http://hl7.org/fhir/sid/cvx".equals(coding.getSystem()))
                .map(Coding::getCode)
                .findFirst()
                .orElse("other");
        String dose = immunization.getProtocolApplied().isEmpty()
                        || !immunization.getProtocolApplied().get(0).hasDoseNumber()
                ? "unknown"
                : immunization.getProtocolApplied().get(0).getDoseNumber().primitiveValue();
        add(
                ReportMeasure.VACCINATIONS,
                immunization,
                patient,
                date,
                site,
                countryOf(
                        immunization,
                        "country-of-administration",
                        encounters.get(ref(immunization.getEncounter())),
                        site),
                antigen,
                dose,
                false);
    }

    private void diagnosis(Condition condition) {
        String ihr = ihrCondition(condition);
        LocalDate date = condition.hasRecordedDate()
                ? day(condition.getRecordedDateElement())
                : condition.hasOnsetDateTimeType() ? day(condition.getOnsetDateTimeType()) : null;
        if (ihr == null || !confirmed(condition) || date == null) {
            return;
        }
        String patient = ref(condition.getSubject());
        Encounter encounter = encounters.get(ref(condition.getEncounter()));
        String site = siteOf(null, encounter, patient);
        String country = countryOf(condition, "country-of-detection", encounter, site);
        add(ReportMeasure.CASES, condition, patient, date, site, country, ihr, null, false);
        if (ihr.equals("mdr-tuberculosis")) {
            add(ReportMeasure.CASES, condition, patient, date, site, country, "tuberculosis", null, false);
        }
    }

    private void add(
            ReportMeasure measure,
            DomainResource resource,
            String patient,
            LocalDate date,
            String site,
            String country,
            String category,
            String dose,
            boolean mdrPositive) {
        events.add(new Event(
                measure,
                resource.fhirType() + "/" + resource.getIdPart(),
                patient,
                date,
                site,
                country,
                category,
                dose == null ? "unknown" : dose,
                mdrPositive));
    }

    private String siteOf(String own, Encounter encounter, String patient) {
        if (own != null) {
            return own;
        }
        if (encounter != null && ref(encounter.getServiceProvider()) != null) {
            return ref(encounter.getServiceProvider());
        }
        Patient record = patient == null ? null : patients.get(patient);
        String custodian = record == null ? null : ref(record.getManagingOrganization());
        return custodian == null ? "unknown" : custodian;
    }

    private String countryOf(DomainResource resource, String extension, Encounter encounter, String site) {
        String own = resource == null ? null : country(resource, PROJECT + "/StructureDefinition/" + extension);
        if (own != null) {
            return own;
        }
        String fromEncounter =
                encounter == null ? null : country(encounter, PROJECT + "/StructureDefinition/assessment-country");
        if (fromEncounter != null) {
            return fromEncounter;
        }
        String ofSite = siteCountries.get(site);
        return ofSite == null ? "unknown" : ofSite;
    }

    private static String ihrCondition(Condition condition) {
        for (Coding coding : condition.getCode().getCoding()) {
            if ((PROJECT + "/CodeSystem/ihr-condition-cs").equals(coding.getSystem())) {
                return coding.getCode();
            }
        }
        for (Coding coding : condition.getCode().getCoding()) {
            if ("http://hl7.org/fhir/sid/icd-10".equals(coding.getSystem())) {
                var mapped = ANNEX2.icd10Condition(coding.getCode());
                if (mapped.isPresent()) {
                    return mapped.get();
                }
            }
        }
        return null;
    }

    private static boolean confirmed(Condition condition) {
        return condition.getVerificationStatus().getCoding().stream()
                .anyMatch(coding -> "confirmed".equals(coding.getCode()));
    }

    private static String country(DomainResource resource, String url) {
        Extension extension =
                resource.getExtensionsByUrl(url).stream().findFirst().orElse(null);
        return extension != null && extension.getValue() instanceof CodeableConcept concept
                ? concept.getCodingFirstRep().getCode()
                : null;
    }

    /** Several nationalities: the first; a migration status history: the latest started that has not ended. */
    private static String nested(Patient patient, String url, String part) {
        if (patient == null) {
            return "unknown";
        }
        Extension current = null;
        String currentStart = "";
        for (Extension candidate : patient.getExtensionsByUrl(url)) {
            var period = candidate.getExtensionsByUrl("period").stream()
                    .map(extension -> (org.hl7.fhir.r4.model.Period) extension.getValue())
                    .findFirst()
                    .orElse(new org.hl7.fhir.r4.model.Period());
            String start = period.hasStart() ? period.getStartElement().getValueAsString() : "";
            if (!period.hasEnd() && (current == null || start.compareTo(currentStart) > 0)) {
                current = candidate;
                currentStart = start;
            }
        }
        if (current == null) {
            current = patient.getExtensionsByUrl(url).stream().findFirst().orElse(null);
        }
        Extension inner = current == null
                ? null
                : current.getExtensionsByUrl(part).stream().findFirst().orElse(null);
        return inner != null && inner.getValue() instanceof CodeableConcept concept
                ? concept.getCodingFirstRep().getCode()
                : "unknown";
    }

    private static LocalDate day(BaseDateTimeType value) {
        String text = value == null ? null : value.getValueAsString();
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }

    private static String ref(Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return null;
        }
        return reference.getReferenceElement().getIdPart();
    }

    private static <T extends DomainResource> List<T> all(DaoRegistry daos, Class<T> type) {
        return daos
                .getResourceDao(type)
                .search(SearchParameterMap.newSynchronous(), new SystemRequestDetails())
                .getAllResources()
                .stream()
                .map(type::cast)
                .toList();
    }
}

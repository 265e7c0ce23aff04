package org.ephr.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class MigrantPopulationTest {
    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 30);
    private static final MigrantPopulation POPULATION = new MigrantPopulation(7, REFERENCE_DATE);
    private static final List<Bundle> HUNDRED = POPULATION.people(0, 100);

    @Test
    void personWhenSameSeedAndIndexThenIdenticalJson() {
        IParser json = FHIR.newJsonParser();
        MigrantPopulation again = new MigrantPopulation(7, REFERENCE_DATE);

        for (long index : new long[] {0, 1, 57, 1_000_000_000_000L}) {
            assertThat(json.encodeResourceToString(again.person(index)))
                    .isEqualTo(json.encodeResourceToString(POPULATION.person(index)));
        }
    }

    @Test
    void personWhenDifferentIndexOrSeedThenDifferentEphrNumber() {
        Set<String> numbers =
                HUNDRED.stream().map(MigrantPopulationTest::ephrNumber).collect(Collectors.toSet());

        assertThat(numbers).hasSize(100);
        assertThat(ephrNumber(new MigrantPopulation(8, REFERENCE_DATE).person(0)))
                .isNotEqualTo(ephrNumber(POPULATION.person(0)));
        assertThat(POPULATION.ephrNumber(3)).isEqualTo("EPHR-7-0000000003").isEqualTo(ephrNumber(HUNDRED.get(3)));
    }

    @Test
    void peopleWhenRangeRequestedThenSamePersonsAsByIndex() {
        IParser json = FHIR.newJsonParser();
        List<Bundle> range = POPULATION.people(40, 3);

        assertThat(range).hasSize(3);
        assertThat(json.encodeResourceToString(range.get(2))).isEqualTo(json.encodeResourceToString(HUNDRED.get(42)));
    }

    @Test
    void personWhenGeneratedThenTransactionOfEightToSixteenResources() {
        for (Bundle bundle : HUNDRED) {
            assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
            assertThat(bundle.getEntry()).hasSizeBetween(8, 16);
            assertThat(bundle.getEntry()).allSatisfy(entry -> {
                assertThat(entry.getFullUrl()).startsWith("urn:uuid:");
                assertThat(entry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
                assertThat(entry.getRequest().getUrl())
                        .isEqualTo(entry.getResource().fhirType());
            });
            assertThat(resources(bundle, Patient.class)).hasSize(1);
            assertThat(resources(bundle, Encounter.class)).hasSize(1);
            assertThat(resources(bundle, Observation.class)).hasSizeBetween(4, 8);
            assertThat(resources(bundle, Condition.class)).hasSizeBetween(0, 3);
            assertThat(resources(bundle, Immunization.class)).hasSizeBetween(2, 4);
        }
    }

    @Test
    void personWhenGeneratedThenOnlyThePatientIsConditionallyCreated() {
        for (Bundle bundle : HUNDRED) {
            Bundle.BundleEntryComponent first = bundle.getEntryFirstRep();

            assertThat(first.getResource()).isInstanceOf(Patient.class);
            assertThat(first.getRequest().getIfNoneExist())
                    .isEqualTo("identifier=https://fhir.migrant-ephr.org/sid/ephr-number|" + ephrNumber(bundle));
            assertThat(bundle.getEntry().subList(1, bundle.getEntry().size()))
                    .allSatisfy(entry ->
                            assertThat(entry.getRequest().hasIfNoneExist()).isFalse());
        }
    }

    @Test
    void idempotentPersonWhenGeneratedThenEveryEntryIsCreatedOnlyIfItsIdentifierIsNew() {
        Bundle bundle = POPULATION.idempotent().person(3);

        assertThat(bundle.getEntry()).allSatisfy(entry -> {
            String ifNoneExist = entry.getRequest().getIfNoneExist();
            assertThat(ifNoneExist).startsWith("identifier=");
            String[] systemAndValue =
                    ifNoneExist.substring("identifier=".length()).split("\\|", 2);
            assertThat(FHIR.newTerser().getValues(entry.getResource(), "identifier"))
                    .anySatisfy(identifier -> {
                        var id = (org.hl7.fhir.r4.model.Identifier) identifier;
                        assertThat(id.getSystem()).isEqualTo(systemAndValue[0]);
                        assertThat(id.getValue()).isEqualTo(systemAndValue[1]);
                    });
        });
        assertThat(FHIR.newJsonParser()
                        .encodeResourceToString(POPULATION.idempotent().person(3)))
                .isEqualTo(FHIR.newJsonParser().encodeResourceToString(bundle));
    }

    @Test
    void personWhenGeneratedThenEveryReferenceResolvesWithinTheBundle() {
        FhirTerser terser = FHIR.newTerser();
        for (Bundle bundle : HUNDRED) {
            Set<String> fullUrls = bundle.getEntry().stream()
                    .map(Bundle.BundleEntryComponent::getFullUrl)
                    .collect(Collectors.toSet());
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                List<String> references = terser.getAllResourceReferences(entry.getResource()).stream()
                        .map(info -> info.getResourceReference()
                                .getReferenceElement()
                                .getValue())
                        .toList();
                assertThat(fullUrls).containsAll(references);
            }
        }
    }

    @Test
    void observationsWhenGeneratedThenLoincCodedWithSubjectEncounterAndValue() {
        Set<String> codes = MigrantPopulation.observationCodes();
        for (Bundle bundle : HUNDRED) {
            String patientUrl = bundle.getEntryFirstRep().getFullUrl();
            for (Observation observation : resources(bundle, Observation.class)) {
                assertThat(observation.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
                assertThat(observation.getCode().getCodingFirstRep().getSystem())
                        .isEqualTo("http://loinc.org");
                assertThat(codes)
                        .contains(observation.getCode().getCodingFirstRep().getCode());
                assertThat(observation.getSubject().getReference()).isEqualTo(patientUrl);
                assertThat(observation.hasEncounter()).isTrue();
                assertThat(observation.hasCategory()).isTrue();
                assertThat(observation.hasValue() || observation.hasComponent()).isTrue();
            }
        }
    }

    @Test
    void personWhenGeneratedThenEveryResourceClaimsItsProfile() {
        String project = "https://fhir.migrant-ephr.org/StructureDefinition/";
        String core = "http://hl7.org/fhir/StructureDefinition/";
        Map<String, String> resourceProfiles = Map.of(
                "Patient", project + "migrant-patient",
                "Encounter", project + "migrant-encounter",
                "Immunization", project + "migrant-immunization",
                "Condition", project + "migrant-condition");
        Map<String, String> observationProfiles = Map.ofEntries(
                Map.entry("29463-7", core + "bodyweight"),
                Map.entry("8302-2", core + "bodyheight"),
                Map.entry("39156-5", core + "bmi"),
                Map.entry("85354-9", core + "bp"),
                Map.entry("56072-2", project + "muac-observation"),
                Map.entry("71773-6", project + "tb-screening-observation"),
                Map.entry("18782-3", project + "tb-screening-observation"),
                Map.entry("85362-2", project + "tb-screening-observation"),
                Map.entry("31201-7", project + "screening-lab-observation"),
                Map.entry("5196-1", project + "screening-lab-observation"),
                Map.entry("16128-1", project + "screening-lab-observation"),
                Map.entry("20507-0", project + "screening-lab-observation"),
                Map.entry("50687-3", project + "screening-lab-observation"),
                Map.entry("44261-6", project + "mental-health-screening-observation"));
        assertThat(observationProfiles.keySet())
                .containsExactlyInAnyOrderElementsOf(MigrantPopulation.observationCodes());

        for (Bundle bundle : HUNDRED) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource resource = entry.getResource();
                String expected = resource instanceof Observation observation
                        ? observationProfiles.get(
                                observation.getCode().getCodingFirstRep().getCode())
                        : resourceProfiles.get(resource.fhirType());
                assertThat(resource.getMeta().getProfile())
                        .as("meta.profile of %s", resource.fhirType())
                        .extracting(CanonicalType::getValue)
                        .containsExactly(expected);
            }
        }
    }

    @Test
    void populationWhenScreenedThenTuberculosisAndOtherDiagnosesAreCodedForReporting() {
        List<Condition> conditions = POPULATION.stream(0, 3000)
                .flatMap(bundle -> resources(bundle, Condition.class).stream())
                .toList();
        Map<String, Long> byIhrCondition = conditions.stream()
                .collect(Collectors.groupingBy(
                        condition -> condition.getCode().getCoding().stream()
                                .filter(coding -> coding.getSystem().endsWith("/CodeSystem/ihr-condition-cs"))
                                .findFirst()
                                .orElseThrow()
                                .getCode(),
                        Collectors.counting()));

        assertThat(byIhrCondition).containsKeys("tuberculosis", "malaria", "measles");
        assertThat(conditions).allSatisfy(condition -> {
            assertThat(condition.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://hl7.org/fhir/sid/icd-10");
            assertThat(condition.getVerificationStatus().getCodingFirstRep().getCode())
                    .isEqualTo("confirmed");
            assertThat(condition.hasEncounter()).isTrue();
            assertThat(condition.getExtensionByUrl(
                            "https://fhir.migrant-ephr.org/StructureDefinition/country-of-detection"))
                    .isNotNull();
        });
    }

    @Test
    void populationWhenHundredPeopleThenSomeNamesAreWrittenInNonLatinScripts() {
        Set<Character.UnicodeScript> scripts = HUNDRED.stream()
                .map(bundle -> (Patient) bundle.getEntryFirstRep().getResource())
                .flatMap(patient -> patient.getName().stream())
                .map(HumanName::getText)
                .flatMapToInt(String::codePoints)
                .filter(Character::isLetter)
                .mapToObj(Character.UnicodeScript::of)
                .collect(Collectors.toSet());

        assertThat(scripts).contains(Character.UnicodeScript.LATIN).hasSizeGreaterThan(2);
    }

    @Test
    void personWhenNameIsNotLatinThenATransliterationFollows() {
        for (Bundle bundle : HUNDRED) {
            Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
            HumanName official = patient.getNameFirstRep();
            boolean latin = official.getText()
                    .codePoints()
                    .filter(Character::isLetter)
                    .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);

            assertThat(official.getUse()).isEqualTo(HumanName.NameUse.OFFICIAL);
            if (!latin) {
                assertThat(patient.getName()).hasSize(2);
                assertThat(patient.getName().get(1).getUse()).isEqualTo(HumanName.NameUse.USUAL);
            }
        }
    }

    @Test
    void personWhenGeneratedThenDatesFollowBirthArrivalAndAssessmentOrder() {
        for (Bundle bundle : HUNDRED) {
            Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
            Encounter encounter = resources(bundle, Encounter.class).get(0);
            LocalDate assessment = LocalDate.parse(
                    encounter.getPeriod().getStartElement().getValueAsString().substring(0, 10));
            // A year-only birth date means "some day that year", so compare its first day.
            LocalDate earliestBirth =
                    LocalDate.parse((patient.getBirthDateElement().getValueAsString() + "-01-01").substring(0, 10));

            assertThat(assessment).isBetween(REFERENCE_DATE.minusYears(3), REFERENCE_DATE);
            assertThat(earliestBirth).isBefore(assessment);
            // The journey: transit stays in travel order, after birth and before the arrival in the host country.
            LocalDate arrival = LocalDate.parse(
                    patient.getExtensionByUrl("https://fhir.migrant-ephr.org/StructureDefinition/arrival-date")
                            .getValue()
                            .primitiveValue());
            assertThat(arrival).isAfter(earliestBirth).isBefore(assessment);
            LocalDate previous = earliestBirth;
            for (Extension transit :
                    patient.getExtensionsByUrl("https://fhir.migrant-ephr.org/StructureDefinition/transit-country")) {
                Period stay = (Period) transit.getExtensionByUrl("period").getValue();
                LocalDate from = LocalDate.parse(stay.getStartElement().getValueAsString());
                LocalDate to = LocalDate.parse(stay.getEndElement().getValueAsString());
                assertThat(from).isAfter(previous).isBefore(to);
                previous = to;
            }
            assertThat(previous).isBefore(arrival);
            for (Immunization immunization : resources(bundle, Immunization.class)) {
                LocalDate given =
                        LocalDate.parse(immunization.getOccurrenceDateTimeType().getValueAsString());
                assertThat(given).isBefore(assessment).isAfterOrEqualTo(earliestBirth);
                assertThat(immunization.getExtensionByUrl(
                                "https://fhir.migrant-ephr.org/StructureDefinition/country-of-administration"))
                        .isNotNull();
                assertThat(immunization
                                .getProtocolAppliedFirstRep()
                                .getDoseNumberPositiveIntType()
                                .getValue())
                        .isPositive();
            }
        }
    }

    @Test
    void personWhenEncodedAndParsedThenUnchanged() {
        IParser json = FHIR.newJsonParser();
        IParser xml = FHIR.newXmlParser();
        for (Bundle bundle : HUNDRED) {
            String encoded = json.encodeResourceToString(bundle);

            assertThat(json.encodeResourceToString(json.parseResource(Bundle.class, encoded)))
                    .isEqualTo(encoded);
            assertThat(json.encodeResourceToString(xml.parseResource(Bundle.class, xml.encodeResourceToString(bundle))))
                    .isEqualTo(encoded);
        }
    }

    private static String ephrNumber(Bundle bundle) {
        Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
        return patient.getIdentifier().stream()
                .filter(identifier -> MigrantPopulation.EPHR_NUMBER_SYSTEM.equals(identifier.getSystem()))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    private static <T extends IBaseResource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}

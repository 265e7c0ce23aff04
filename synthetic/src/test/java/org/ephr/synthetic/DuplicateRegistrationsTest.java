package org.ephr.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class DuplicateRegistrationsTest {
    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 30);
    private static final MigrantPopulation POPULATION = new MigrantPopulation(11, REFERENCE_DATE);
    private static final DuplicateRegistrations DUPLICATES = new DuplicateRegistrations(POPULATION, 0.25, 0.1);
    private static final DuplicateRegistrations.Sample SAMPLE = DUPLICATES.sample(0, 800);

    @Test
    void sampleWhenSameSeedThenIdenticalRecords() {
        IParser json = FHIR.newJsonParser();
        DuplicateRegistrations.Sample again =
                new DuplicateRegistrations(new MigrantPopulation(11, REFERENCE_DATE), 0.25, 0.1).sample(0, 800);

        assertThat(again.allRecords()).hasSameSizeAs(SAMPLE.allRecords());
        for (int i = 0; i < again.allRecords().size(); i++) {
            assertThat(json.encodeResourceToString(again.allRecords().get(i)))
                    .isEqualTo(json.encodeResourceToString(SAMPLE.allRecords().get(i)));
        }
    }

    @Test
    void reRegistrationWhenAskedByIndexThenSameAsInTheSample() {
        IParser json = FHIR.newJsonParser();
        DuplicateRegistrations.Pair pair = SAMPLE.reRegistrations().get(3);
        long index = indexOf(pair.original());

        Optional<Patient> byIndex = DUPLICATES.reRegistration(index);

        assertThat(byIndex).isPresent();
        assertThat(json.encodeResourceToString(byIndex.get())).isEqualTo(json.encodeResourceToString(pair.other()));
    }

    @Test
    void sampleWhenGeneratedThenOriginalsAreThePopulationsPatientsUntouched() {
        IParser json = FHIR.newJsonParser();

        for (long index : new long[] {0, 1, 399, 799}) {
            Bundle bundle = POPULATION.person(index);
            Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
            assertThat(json.encodeResourceToString(SAMPLE.originals().get((int) index)))
                    .isEqualTo(json.encodeResourceToString(patient));
        }
    }

    @Test
    void sampleWhenSharesGivenThenAboutThatManySecondRecords() {
        assertThat(SAMPLE.originals()).hasSize(800);
        assertThat(SAMPLE.reRegistrations()).hasSizeBetween(160, 240);
        assertThat(SAMPLE.lookAlikes()).hasSizeBetween(50, 110);
        assertThat(new DuplicateRegistrations(POPULATION, 0, 0).sample(0, 50).allRecords())
                .hasSize(50);
    }

    @Test
    void reRegistrationWhenGeneratedThenNewEphrNumberInAnotherCountry() {
        assertThat(SAMPLE.reRegistrations()).allSatisfy(pair -> {
            assertThat(ephrNumber(pair.other())).isNotEqualTo(ephrNumber(pair.original()));
            assertThat(pair.other().getAddressFirstRep().getCountry())
                    .isNotEqualTo(pair.original().getAddressFirstRep().getCountry());
            assertThat(pair.other().getName()).isNotEmpty();
        });
    }

    @Test
    void reRegistrationWhenGeneratedThenNamesBirthDatesAndDocumentsVary() {
        List<DuplicateRegistrations.Pair> pairs = SAMPLE.reRegistrations();

        assertThat(share(pairs, p -> !latinText(p.original()).equals(latinText(p.other()))))
                .isBetween(0.4, 0.9);
        assertThat(share(pairs, p -> isFullDate(p.original()) && !isFullDate(p.other())))
                .isGreaterThan(0.05);
        assertThat(share(pairs, p -> birthYearsApart(p) == 1)).isGreaterThan(0.03);
        assertThat(share(pairs, p -> birthYearsApart(p) == 2)).isGreaterThan(0.01);
        assertThat(pairs).allMatch(p -> birthYearsApart(p) <= 2);
        assertThat(share(
                        pairs,
                        p -> passport(p.original()).isPresent()
                                && passport(p.original()).equals(passport(p.other()))))
                .isGreaterThan(0.05);
        assertThat(share(
                        pairs,
                        p -> passport(p.original()).isPresent()
                                && passport(p.other()).isEmpty()))
                .isGreaterThan(0.02);
        // Registered from an Arabic-script document only: no Latin letter in the name.
        assertThat(pairs)
                .anyMatch(p -> p.other().getName().size() == 1
                        && p.other()
                                .getNameFirstRep()
                                .getText()
                                .chars()
                                .noneMatch(c -> c < 128 && Character.isLetter(c)));
        assertThat(pairs).anyMatch(p -> p.other().getName().stream()
                .anyMatch(n -> n.getFamily().matches("(?i)(El-|Al |As-|Ash-|Ar-|An-|At-|Az-|Alh|Ala).*")));
    }

    @Test
    void lookAlikeWhenGeneratedThenAnotherPersonWithTheSameFamilyName() {
        assertThat(SAMPLE.lookAlikes()).allSatisfy(pair -> {
            assertThat(ephrNumber(pair.other())).isNotEqualTo(ephrNumber(pair.original()));
            assertThat(latinName(pair.other()).getFamily())
                    .isEqualTo(latinName(pair.original()).getFamily());
            boolean sameGiven = latinName(pair.other())
                    .getGivenAsSingleString()
                    .equals(latinName(pair.original()).getGivenAsSingleString());
            boolean sameBirthDate = pair.other()
                    .getBirthDateElement()
                    .getValueAsString()
                    .equals(pair.original().getBirthDateElement().getValueAsString());
            assertThat(sameGiven && sameBirthDate).isFalse();
        });
        assertThat(SAMPLE.lookAlikes())
                .anyMatch(pair -> latinText(pair.other()).equals(latinText(pair.original())))
                .anyMatch(pair -> !latinText(pair.other()).equals(latinText(pair.original())));
    }

    private static long indexOf(Patient original) {
        String number = ephrNumber(original);
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    private static String ephrNumber(Patient patient) {
        return identifier(patient, Uris.EPHR_NUMBER).orElseThrow();
    }

    private static Optional<String> passport(Patient patient) {
        return identifier(patient, Uris.PASSPORT).map(v -> v.replace(" ", "").toUpperCase());
    }

    private static Optional<String> identifier(Patient patient, String system) {
        return patient.getIdentifier().stream()
                .filter(i -> system.equals(i.getSystem()))
                .map(Identifier::getValue)
                .findFirst();
    }

    private static HumanName latinName(Patient patient) {
        return patient.getName().stream()
                .filter(n -> n.getUse() == HumanName.NameUse.USUAL)
                .findFirst()
                .orElse(patient.getNameFirstRep());
    }

    private static String latinText(Patient patient) {
        return latinName(patient).getText();
    }

    private static boolean isFullDate(Patient patient) {
        return patient.getBirthDateElement().getValueAsString().length() == 10;
    }

    private static int birthYearsApart(DuplicateRegistrations.Pair pair) {
        return Math.abs(year(pair.original()) - year(pair.other()));
    }

    private static int year(Patient patient) {
        return Integer.parseInt(patient.getBirthDateElement().getValueAsString().substring(0, 4));
    }

    private static <T> double share(List<T> items, Predicate<T> condition) {
        return (double) items.stream().filter(condition).count() / items.size();
    }
}

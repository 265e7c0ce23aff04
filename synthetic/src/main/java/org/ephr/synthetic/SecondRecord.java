package org.ephr.synthetic;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/** The parts of a Patient that a second record is built from. */
abstract class SecondRecord {
    final Patient original;
    final Draws draws;
    final MigrantPopulation population;
    final Origin origin;

    SecondRecord(Patient original, Draws draws, MigrantPopulation population) {
        this.original = original;
        this.draws = draws;
        this.population = population;
        this.origin = originOf(original);
    }

    /** A copy without what the second registration records anew: identifiers, address, status and journey. */
    Patient baseCopy() {
        Patient copy = original.copy();
        copy.getIdentifier().clear();
        copy.getAddress().clear();
        copy.getExtension().removeIf(e -> Set.of(
                        Uris.MIGRATION_STATUS, Uris.ARRIVAL_DATE, Uris.TRANSIT_COUNTRY, Uris.INTENDED_DESTINATION)
                .contains(e.getUrl()));
        return copy;
    }

    void addEphrNumber(Patient patient, long number) {
        patient.addIdentifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setType(originalIdentifier(Uris.EPHR_NUMBER)
                        .map(Identifier::getType)
                        .map(CodeableConcept::copy)
                        .orElse(null))
                .setSystem(Uris.EPHR_NUMBER)
                .setValue(population.ephrNumber(number));
    }

    void addPassport(Patient patient, String number) {
        Identifier passport = patient.addIdentifier()
                .setType(originalIdentifier(Uris.PASSPORT)
                        .map(Identifier::getType)
                        .map(CodeableConcept::copy)
                        .orElse(null))
                .setSystem(Uris.PASSPORT)
                .setValue(number);
        passport.addExtension(Uris.IDENTIFIER_ISSUING_COUNTRY, PatientFactory.country(origin.country));
    }

    String newPassportNumber() {
        return (char) ('A' + draws.between(0, 25)) + digits(8);
    }

    String newUnhcrCase(String host) {
        return host + "-" + draws.between(20, 25) + "C" + digits(5);
    }

    Optional<Identifier> originalIdentifier(String system) {
        return original.getIdentifier().stream()
                .filter(i -> system.equals(i.getSystem()))
                .findFirst();
    }

    String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(draws.between(0, 9));
        }
        return digits.toString();
    }

    String hostCountry() {
        return original.getAddressFirstRep().getCountry();
    }

    /** Every origin has its own country of birth (Rohingya: Myanmar). */
    static Origin originOf(Patient patient) {
        String birthCountry = patient.getExtensionsByUrl(Uris.BIRTH_PLACE).stream()
                .map(Extension::getValue)
                .filter(Address.class::isInstance)
                .map(a -> ((Address) a).getCountry())
                .findFirst()
                .orElseThrow();
        return Stream.of(Origin.values())
                .filter(o -> o.country.equals(birthCountry))
                .findFirst()
                .orElseThrow();
    }

    static HumanName latinNameOf(Patient patient) {
        return patient.getName().stream()
                .filter(n -> n.getUse() == HumanName.NameUse.USUAL)
                .findFirst()
                .orElse(patient.getNameFirstRep());
    }

    /** The name in the person's own script, when the record has one besides the Latin form. */
    static Optional<HumanName> nativeNameOf(Patient patient) {
        boolean transliterated = patient.getName().stream().anyMatch(n -> n.getUse() == HumanName.NameUse.USUAL);
        return transliterated
                ? patient.getName().stream()
                        .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                        .findFirst()
                : Optional.empty();
    }

    static void setText(HumanName name) {
        String given = name.getGiven().stream().map(StringType::getValue).collect(Collectors.joining(" "));
        name.setText((given + " " + name.getFamily()).strip());
    }

    static DateType yearOnly(int year) {
        DateType date = new DateType(String.valueOf(year));
        date.addExtension(Uris.BIRTH_DATE_ESTIMATED, new BooleanType(true));
        return date;
    }

    static boolean isYearOnly(DateType birthDate) {
        return birthDate.getValueAsString().length() == 4;
    }

    static int yearOf(DateType birthDate) {
        return Integer.parseInt(birthDate.getValueAsString().substring(0, 4));
    }
}

package org.ephr.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.StringType;

/**
 * Builds the Patient, conforming to the MigrantPatient profile: identifiers, names as written and transliterated,
 * origin, language, migration status and journey.
 */
final class PatientFactory {
    private PatientFactory() {}

    static Patient create(PersonProfile person, Draws draws) {
        Patient patient = new Patient();
        patient.getMeta().addProfile(Uris.MIGRANT_PATIENT);
        patient.setActive(true);
        addIdentifiers(patient, person, draws);
        addNames(patient, person, draws);
        patient.setGender(person.gender());
        patient.setBirthDateElement(birthDate(person));
        patient.addAddress()
                .setUse(Address.AddressUse.HOME)
                .setType(Address.AddressType.PHYSICAL)
                .setCity(draws.pick(person.host().cities()))
                .setCountry(person.host().country());
        addLanguages(patient, person, draws);
        addOriginAndStatus(patient, person);
        addJourney(patient, person);
        patient.addExtension(Uris.INTERPRETER_REQUIRED, new BooleanType(person.interpreterRequired()));
        return patient;
    }

    /** A year-only birth date is the year the person declared or was estimated to be born in: flagged as such. */
    private static DateType birthDate(PersonProfile person) {
        if (!person.birthYearOnly()) {
            return new DateType(person.birthDate().toString());
        }
        DateType year = new DateType(String.valueOf(person.birthDate().getYear()));
        year.addExtension(Uris.BIRTH_DATE_ESTIMATED, new BooleanType(true));
        return year;
    }

    /**
     * The e-PHR number, then the documents: the passport (issued by the country of nationality), the UNHCR case
     * number, and the IOM case number of a resettlement case. Identifiers of other systems (host-country ids)
     * would have to come last: the profile's identifier slicing is open at the end only.
     */
    private static void addIdentifiers(Patient patient, PersonProfile person, Draws draws) {
        patient.addIdentifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setType(identifierType("MR", "Medical record number"))
                .setSystem(Uris.EPHR_NUMBER)
                .setValue(person.ephrNumber());
        if (draws.chance(passportShare(person.origin()))) {
            Identifier passport = patient.addIdentifier()
                    .setType(identifierType("PPN", "Passport number"))
                    .setSystem(Uris.PASSPORT)
                    .setValue((char) ('A' + draws.between(0, 25)) + digits(draws, 8));
            passport.addExtension(Uris.IDENTIFIER_ISSUING_COUNTRY, country(person.origin().country));
        }
        if (person.migrationStatus().registeredWithUnhcr() && draws.chance(0.8)) {
            String year = String.valueOf(person.arrivalDate().getYear() % 100);
            patient.addIdentifier()
                    .setSystem(Uris.UNHCR_CASE)
                    .setValue(person.host().country() + "-" + year + "C" + digits(draws, 5));
        }
        if (person.journey().resettlementCase()) {
            patient.addIdentifier()
                    .setSystem(Uris.IOM_CASE)
                    .setValue(person.host().country() + "-RS-"
                            + person.assessmentDate().getYear() + "-" + digits(draws, 5));
        }
    }

    /** Stateless people have no passport; labour migrants and Ukrainians nearly always travel with one. */
    private static double passportShare(Origin origin) {
        return switch (origin) {
            case MYANMAR_ROHINGYA -> 0.0;
            case UKRAINE, BANGLADESH -> 0.85;
            case VENEZUELA -> 0.5;
            default -> 0.35;
        };
    }

    private static void addNames(Patient patient, PersonProfile person, Draws draws) {
        NameBook book = person.origin().names();
        List<NameBook.Name> given = new ArrayList<>(List.of(draws.pick(book.given(person.gender()))));
        boolean twoGivenNames = person.origin() == Origin.VENEZUELA || person.origin() == Origin.HAITI;
        if (twoGivenNames && draws.chance(0.4)) {
            addDifferent(given, book.given(person.gender()), draws);
        }
        List<NameBook.Name> family = new ArrayList<>(List.of(draws.pick(book.family(person.gender()))));
        if (person.origin().has(Origin.Trait.TWO_FAMILY_NAMES)) {
            addDifferent(family, book.family(person.gender()), draws);
        }

        patient.addName(humanName(HumanName.NameUse.OFFICIAL, given, family, NameBook.Name::written));
        boolean transliterated = given.stream().anyMatch(NameBook.Name::hasTransliteration)
                || family.stream().anyMatch(NameBook.Name::hasTransliteration);
        if (transliterated) {
            // The Latin form is the one host-country documents use, hence "usual".
            patient.addName(humanName(HumanName.NameUse.USUAL, given, family, NameBook.Name::latin));
        }
    }

    private static void addDifferent(List<NameBook.Name> names, List<NameBook.Name> options, Draws draws) {
        List<NameBook.Name> others = new ArrayList<>(options);
        others.removeAll(names);
        names.add(draws.pick(others));
    }

    private static HumanName humanName(
            HumanName.NameUse use,
            List<NameBook.Name> given,
            List<NameBook.Name> family,
            Function<NameBook.Name, String> form) {
        HumanName name = new HumanName().setUse(use);
        given.forEach(g -> name.addGiven(form.apply(g)));
        name.setFamily(family.stream().map(form).collect(Collectors.joining(" ")));
        name.setText(name.getGiven().stream().map(StringType::getValue).collect(Collectors.joining(" ")) + " "
                + name.getFamily());
        return name;
    }

    private static void addLanguages(Patient patient, PersonProfile person, Draws draws) {
        patient.addCommunication()
                .setLanguage(person.language().toCodeableConcept())
                .setPreferred(true);
        for (Language other : person.origin().languages) {
            if (!other.equals(person.language()) && draws.chance(0.5)) {
                patient.addCommunication().setLanguage(other.toCodeableConcept());
            }
        }
    }

    private static void addOriginAndStatus(Patient patient, PersonProfile person) {
        if (!person.origin().has(Origin.Trait.STATELESS)) {
            Extension nationality = patient.addExtension().setUrl(Uris.NATIONALITY);
            nationality.addExtension("code", country(person.origin().country));
        }
        patient.addExtension(Uris.BIRTH_PLACE, new Address().setCountry(person.origin().country));
        // The status the person has held since arriving in the host country (when it was granted is not modelled).
        Extension status = patient.addExtension().setUrl(Uris.MIGRATION_STATUS);
        status.addExtension("status", person.migrationStatus().toCodeableConcept());
        status.addExtension("period", new Period().setStartElement(FhirDates.day(person.arrivalDate())));
        patient.addExtension(
                Uris.ARRIVAL_DATE, new DateType(person.arrivalDate().toString()));
    }

    /** Transit countries in travel order, then the resettlement country of a resettlement case. */
    private static void addJourney(Patient patient, PersonProfile person) {
        for (Journey.Stay stay : person.journey().transit()) {
            Extension transit = patient.addExtension().setUrl(Uris.TRANSIT_COUNTRY);
            transit.addExtension("country", country(stay.country()));
            transit.addExtension(
                    "period",
                    new Period().setStartElement(FhirDates.day(stay.from())).setEndElement(FhirDates.day(stay.to())));
        }
        person.journey()
                .intendedDestination()
                .ifPresent(destination -> patient.addExtension(Uris.INTENDED_DESTINATION, country(destination)));
    }

    static CodeableConcept country(String alpha2) {
        return new CodeableConcept(new Coding().setSystem(Uris.ISO_3166).setCode(alpha2));
    }

    private static CodeableConcept identifierType(String code, String display) {
        return new CodeableConcept(new Coding(Uris.IDENTIFIER_TYPE, code, display));
    }

    private static String digits(Draws draws, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(draws.between(0, 9));
        }
        return digits.toString();
    }
}

package org.ephr.synthetic;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;

/** Another person who resembles the original: a sibling or a namesake. */
final class LookAlike extends SecondRecord {

    LookAlike(Patient original, Draws draws, MigrantPopulation population) {
        super(original, draws, population);
    }

    Patient build(long index) {
        Patient other = baseCopy();
        other.getAddress().addAll(original.copy().getAddress());
        addEphrNumber(other, DuplicateRegistrations.LOOK_ALIKE_INDEX_BASE + index);
        if (draws.chance(0.5)) {
            sibling(other);
        } else {
            namesake(other);
        }
        return other;
    }

    /** Same family name, another given name, born a few years apart, often on the same UNHCR case. */
    private void sibling(Patient sibling) {
        AdministrativeGender gender = draws.chance(0.5) ? original.getGender() : oppositeOf(original.getGender());
        sibling.setGender(gender);
        String originalGiven = latinNameOf(original).getGivenAsSingleString();
        List<NameBook.Name> others = origin.names().given(gender).stream()
                .filter(n -> !originalGiven.contains(n.latin()))
                .toList();
        NameBook.Name given = draws.pick(others);
        for (HumanName name : sibling.getName()) {
            name.getGiven().clear();
            name.addGiven(
                    name.getUse() == HumanName.NameUse.USUAL
                                    || nativeNameOf(original).isEmpty()
                            ? given.latin()
                            : given.written());
            setText(name);
        }
        int years = draws.between(1, 6) * (draws.chance(0.5) ? 1 : -1);
        sibling.setBirthDateElement(birthDateAround(yearOf(original.getBirthDateElement()) + years));
        if (draws.chance(0.3)) {
            addPassport(sibling, newPassportNumber());
        }
        originalIdentifier(Uris.UNHCR_CASE)
                .filter(unhcr -> draws.chance(0.6))
                .ifPresent(unhcr ->
                        sibling.addIdentifier().setSystem(Uris.UNHCR_CASE).setValue(unhcr.getValue()));
        originalIdentifier(Uris.IOM_CASE).filter(iom -> draws.chance(0.6)).ifPresent(iom -> sibling.addIdentifier()
                .setSystem(Uris.IOM_CASE)
                .setValue(iom.getValue()));
    }

    /**
     * The same names, sex and nationality; a birth date that differs: another day when both dates are exact, at
     * least three years when either is only a year.
     */
    private void namesake(Patient namesake) {
        DateType birthDate = original.getBirthDateElement();
        int year = yearOf(birthDate);
        if (isYearOnly(birthDate) || draws.chance(0.2)) {
            int years = draws.between(3, 8) * (draws.chance(0.5) ? 1 : -1);
            namesake.setBirthDateElement(draws.chance(0.5) ? yearOnly(year + years) : birthDateAround(year + years));
        } else {
            LocalDate date = LocalDate.parse(birthDate.getValueAsString());
            LocalDate other;
            do {
                other = LocalDate.of(year + draws.between(-3, 3), 1, 1).plusDays(draws.between(0, 364));
            } while (other.equals(date));
            namesake.setBirthDateElement(new DateType(other.toString()));
        }
        if (draws.chance(0.35)) {
            addPassport(namesake, newPassportNumber());
        }
        if (originalIdentifier(Uris.UNHCR_CASE).isPresent() && draws.chance(0.5)) {
            namesake.addIdentifier().setSystem(Uris.UNHCR_CASE).setValue(newUnhcrCase(hostCountry()));
        }
    }

    /** A full date in that year, or for some adults the year alone, as PatientFactory writes them. */
    private DateType birthDateAround(int year) {
        boolean adult = population.referenceDate().getYear() - year >= 18;
        if (adult && draws.chance(0.2)) {
            return yearOnly(year);
        }
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(draws.between(0, 364));
        return new DateType(date.toString());
    }

    private static AdministrativeGender oppositeOf(AdministrativeGender gender) {
        return gender == AdministrativeGender.MALE ? AdministrativeGender.FEMALE : AdministrativeGender.MALE;
    }
}

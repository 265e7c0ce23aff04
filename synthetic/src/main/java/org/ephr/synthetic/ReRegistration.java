package org.ephr.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/** The same person registered again, in another country. */
final class ReRegistration extends SecondRecord {

    ReRegistration(Patient original, Draws draws, MigrantPopulation population) {
        super(original, draws, population);
    }

    Patient build(long index) {
        Patient again = baseCopy();
        String host = newHost();
        addIdentifiers(again, index, host);
        again.setName(new ArrayList<>(names()));
        again.setBirthDateElement(birthDate());
        if (draws.chance(0.01)) {
            again.setGender(
                    again.getGender() == AdministrativeGender.MALE
                            ? AdministrativeGender.FEMALE
                            : AdministrativeGender.MALE);
        }
        varyNationality(again);
        again.addAddress()
                .setUse(Address.AddressUse.HOME)
                .setType(Address.AddressType.PHYSICAL)
                .setCity(draws.pick(HostCountry.of(host).cities()))
                .setCountry(host);
        return again;
    }

    private String newHost() {
        Set<String> hosts = new LinkedHashSet<>(origin.hostCountries);
        hosts.add("DE");
        hosts.add("IT");
        hosts.remove(hostCountry());
        return draws.pick(List.copyOf(hosts));
    }

    private void addIdentifiers(Patient again, long index, String host) {
        addEphrNumber(again, DuplicateRegistrations.RE_REGISTRATION_INDEX_BASE + index);
        Optional<Identifier> passport = originalIdentifier(Uris.PASSPORT);
        if (passport.isPresent()) {
            int roll = draws.between(1, 100);
            if (roll <= 60) {
                addPassport(again, asTyped(passport.get().getValue()));
            } else if (roll <= 70) {
                addPassport(again, newPassportNumber()); // renewed since
            }
        } else if (draws.chance(0.1)) {
            addPassport(again, newPassportNumber());
        }
        Optional<Identifier> unhcr = originalIdentifier(Uris.UNHCR_CASE);
        if (unhcr.isPresent()) {
            int roll = draws.between(1, 100);
            if (roll <= 35) {
                again.addIdentifier()
                        .setSystem(Uris.UNHCR_CASE)
                        .setValue(unhcr.get().getValue());
            } else if (roll <= 50) {
                again.addIdentifier().setSystem(Uris.UNHCR_CASE).setValue(newUnhcrCase(host));
            }
        }
        originalIdentifier(Uris.IOM_CASE)
                .filter(iom -> draws.chance(0.7))
                .ifPresent(iom -> again.addIdentifier().setSystem(Uris.IOM_CASE).setValue(iom.getValue()));
    }

    /** Document numbers copied by hand: sometimes in lower case, or with a space. */
    private String asTyped(String number) {
        int roll = draws.between(1, 10);
        if (roll == 1) {
            return number.toLowerCase(Locale.ROOT);
        }
        if (roll == 2) {
            return number.charAt(0) + " " + number.substring(1);
        }
        return number;
    }

    private List<HumanName> names() {
        HumanName latin = latinNameOf(original);
        Optional<HumanName> written = nativeNameOf(original);
        boolean arabicScript = origin.nameBook.equals("arabic") || origin.nameBook.equals("dari-pashto");
        if (written.isPresent() && arabicScript && draws.chance(0.1)) {
            // Registered from an Arabic-script document only.
            return List.of(written.get().copy());
        }
        HumanName respelled = respelled(latin);
        if (written.isPresent() && draws.chance(0.5)) {
            return List.of(written.get().copy(), respelled.setUse(HumanName.NameUse.USUAL));
        }
        return List.of(respelled.setUse(HumanName.NameUse.OFFICIAL));
    }

    private HumanName respelled(HumanName latin) {
        List<String> given = new ArrayList<>(
                latin.getGiven().stream().map(StringType::getValue).toList());
        List<String> family = new ArrayList<>(List.of(latin.getFamily().split(" ")));
        if (given.size() > 1 && draws.chance(0.3)) {
            given.remove(given.size() - 1);
        }
        if (family.size() > 1 && draws.chance(0.4)) {
            family.remove(family.size() - 1); // the second (mother's) family name left out
        }
        given.replaceAll(this::maybeVaried);
        family.replaceAll(this::maybeVaried);
        if (draws.chance(0.04)) {
            List<String> part = draws.chance(0.5) ? given : family;
            part.set(0, Spellings.typo(part.get(0), draws));
        }
        if (given.size() == 1 && family.size() == 1 && draws.chance(0.04)) {
            String swap = given.get(0);
            given.set(0, family.get(0));
            family.set(0, swap);
        }
        HumanName name = new HumanName();
        given.forEach(name::addGiven);
        name.setFamily(String.join(" ", family));
        setText(name);
        return name;
    }

    private String maybeVaried(String name) {
        if (!draws.chance(0.7)) {
            return name;
        }
        String varied = Spellings.vary(name, origin, draws);
        return draws.chance(0.3) ? Spellings.vary(varied, origin, draws) : varied;
    }

    private DateType birthDate() {
        DateType birthDate = original.getBirthDateElement();
        int year = yearOf(birthDate);
        if (isYearOnly(birthDate)) {
            int declared = year + yearsOff(50, 35);
            if (draws.chance(0.25)) {
                // Documents obtained since give a full date near the year once declared.
                return new DateType(LocalDate.of(declared, 1, 1)
                        .plusDays(draws.between(0, 364))
                        .toString());
            }
            return yearOnly(declared);
        }
        LocalDate date = LocalDate.parse(birthDate.getValueAsString());
        boolean adult = population.referenceDate().getYear() - year >= 18;
        int roll = draws.between(1, 100);
        if (roll <= (adult ? 55 : 90)) {
            return new DateType(date.toString());
        }
        if (roll <= (adult ? 60 : 97)) {
            int day = (date.getDayOfMonth() - 1 + draws.between(1, 5)) % 28 + 1;
            return new DateType(date.withDayOfMonth(day).toString());
        }
        if (roll <= (adult ? 63 : 100) && date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
            return new DateType(LocalDate.of(year, date.getDayOfMonth(), date.getMonthValue())
                    .toString());
        }
        return yearOnly(year + (adult ? yearsOff(45, 40) : yearsOff(70, 30)));
    }

    /** 0 with the first percentage, plus or minus 1 with the second, else plus or minus 2. */
    private int yearsOff(int samePercent, int oneOffPercent) {
        int roll = draws.between(1, 100);
        int sign = draws.chance(0.5) ? 1 : -1;
        if (roll <= samePercent) {
            return 0;
        }
        return roll <= samePercent + oneOffPercent ? sign : 2 * sign;
    }

    private void varyNationality(Patient again) {
        List<Extension> nationalities = again.getExtensionsByUrl(Uris.NATIONALITY);
        if (nationalities.isEmpty()) {
            return;
        }
        int roll = draws.between(1, 100);
        if (roll <= 5) {
            again.getExtension().removeIf(e -> Uris.NATIONALITY.equals(e.getUrl()));
        } else if (roll <= 7) {
            // Recorded as the country the person came from, the first host country.
            Extension nationality = nationalities.get(0);
            nationality.getExtension().clear();
            nationality.addExtension("code", PatientFactory.country(hostCountry()));
        }
    }
}

package org.ephr.synthetic;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * Test data for duplicate detection: people of a {@link MigrantPopulation} registered a second time in another
 * country, and other people who merely look like them.
 *
 * <p>A re-registration gets a new e-PHR number and the name as another clerk transliterated it: vowels, doubled
 * letters, digraphs (ou/u, ee/i, ph/f, dh/z, q/k, kh/ch, sh/sch), the Arabic article (Al-, El-, As-, joined or
 * dropped), Abd al-/Abdul/Abdel, Ukrainian endings and Russian forms, split Ethiopian and Eritrean compounds, accents
 * lost, sometimes a typing error, a second family or given name left out, or given and family name swapped. Adults'
 * birth dates are often only estimated then: a year, off by up to two. The passport is shown again with some
 * probability, or a renewed one; a UNHCR or IOM case number may be carried over. Rarely the sex or nationality is
 * recorded wrongly, as happens.
 *
 * <p>A look-alike is another person: a sibling (same family name, another given name, a few years apart, often on the
 * same UNHCR case) or a namesake (the same names, same sex and nationality, a birth date that differs).
 *
 * <p>Whether person {@code index} is re-registered or has a look-alike, and how, depends only on the population's
 * seed and the index, like the population itself. {@link MigrantPopulation#person(long)} is left as it is.
 */
public final class DuplicateRegistrations {

    /** e-PHR numbers of second records come from index ranges that populations under a billion people never use. */
    private static final long RE_REGISTRATION_INDEX_BASE = 8_000_000_000L;

    private static final long LOOK_ALIKE_INDEX_BASE = 9_000_000_000L;
    private static final long RE_REGISTRATION_SALT = 0x5245_5245_4749_5354L;
    private static final long LOOK_ALIKE_SALT = 0x4C4F_4F4B_414C_494BL;

    private final MigrantPopulation population;
    private final double reRegisteredShare;
    private final double lookAlikeShare;

    /**
     * @param reRegisteredShare the share of people registered a second time, 0 to 1
     * @param lookAlikeShare the share of people who get a look-alike, 0 to 1
     */
    public DuplicateRegistrations(MigrantPopulation population, double reRegisteredShare, double lookAlikeShare) {
        if (reRegisteredShare < 0 || reRegisteredShare > 1 || lookAlikeShare < 0 || lookAlikeShare > 1) {
            throw new IllegalArgumentException("shares must lie between 0 and 1");
        }
        this.population = population;
        this.reRegisteredShare = reRegisteredShare;
        this.lookAlikeShare = lookAlikeShare;
    }

    /** A person's first record and a second one: of the same person, or of a look-alike. */
    public record Pair(Patient original, Patient other) {}

    /**
     * The records of persons {@code fromIndex} to {@code fromIndex + count - 1}: every person's original record, the
     * re-registrations (same person) and the look-alikes (another person).
     */
    public record Sample(List<Patient> originals, List<Pair> reRegistrations, List<Pair> lookAlikes) {
        public Sample {
            originals = List.copyOf(originals);
            reRegistrations = List.copyOf(reRegistrations);
            lookAlikes = List.copyOf(lookAlikes);
        }

        /** Originals, then re-registrations, then look-alikes. */
        public List<Patient> allRecords() {
            return Stream.of(
                            originals.stream(),
                            reRegistrations.stream().map(Pair::other),
                            lookAlikes.stream().map(Pair::other))
                    .flatMap(s -> s)
                    .toList();
        }
    }

    public Sample sample(long fromIndex, int count) {
        List<Patient> originals = new ArrayList<>(count);
        List<Pair> reRegistrations = new ArrayList<>();
        List<Pair> lookAlikes = new ArrayList<>();
        for (long index = fromIndex; index < fromIndex + count; index++) {
            Patient original = original(index);
            originals.add(original);
            reRegistration(index, original).ifPresent(again -> reRegistrations.add(new Pair(original, again)));
            lookAlike(index, original).ifPresent(other -> lookAlikes.add(new Pair(original, other)));
        }
        return new Sample(originals, reRegistrations, lookAlikes);
    }

    /** The Patient of person {@code index}, exactly as in {@link MigrantPopulation#person(long)}. */
    public Patient original(long index) {
        Bundle bundle = population.person(index);
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance)
                .map(Patient.class::cast)
                .findFirst()
                .orElseThrow();
    }

    /** Person {@code index} registered again in another country, or empty if this person was not. */
    public Optional<Patient> reRegistration(long index) {
        return reRegistration(index, original(index));
    }

    /** Another person who resembles person {@code index}, or empty if this person has none. */
    public Optional<Patient> lookAlike(long index) {
        return lookAlike(index, original(index));
    }

    private Optional<Patient> reRegistration(long index, Patient original) {
        Draws draws = draws(index, RE_REGISTRATION_SALT);
        if (!draws.chance(reRegisteredShare)) {
            return Optional.empty();
        }
        return Optional.of(new ReRegistration(original, draws, population).build(index));
    }

    private Optional<Patient> lookAlike(long index, Patient original) {
        Draws draws = draws(index, LOOK_ALIKE_SALT);
        if (!draws.chance(lookAlikeShare)) {
            return Optional.empty();
        }
        return Optional.of(new LookAlike(original, draws, population).build(index));
    }

    private Draws draws(long index, long salt) {
        return new Draws(mix(mix(population.seed() ^ salt) + 0x9E3779B97F4A7C15L * (index + 1)));
    }

    /** SplitMix64's finaliser, as in MigrantPopulation: neighbouring indexes get unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---- What both kinds of second record share

    /** The parts of a Patient that a second record is built from. */
    private abstract static class SecondRecord {
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

    // ---- Re-registration

    /** The same person registered again, in another country. */
    private static final class ReRegistration extends SecondRecord {

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
            addEphrNumber(again, RE_REGISTRATION_INDEX_BASE + index);
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
            originalIdentifier(Uris.IOM_CASE).filter(iom -> draws.chance(0.7)).ifPresent(iom -> again.addIdentifier()
                    .setSystem(Uris.IOM_CASE)
                    .setValue(iom.getValue()));
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
            if (roll <= (adult ? 63 : 100)
                    && date.getDayOfMonth() <= 12
                    && date.getDayOfMonth() != date.getMonthValue()) {
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

    // ---- Look-alike

    /** Another person who resembles the original: a sibling or a namesake. */
    private static final class LookAlike extends SecondRecord {

        LookAlike(Patient original, Draws draws, MigrantPopulation population) {
            super(original, draws, population);
        }

        Patient build(long index) {
            Patient other = baseCopy();
            other.getAddress().addAll(original.copy().getAddress());
            addEphrNumber(other, LOOK_ALIKE_INDEX_BASE + index);
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
                namesake.setBirthDateElement(
                        draws.chance(0.5) ? yearOnly(year + years) : birthDateAround(year + years));
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

    // ---- Spelling variation

    /** How clerks in different countries write the same name in Latin letters. */
    static final class Spellings {

        /** Whole-name alternatives seen on documents, for names the letter rules below reach badly. */
        private static final Map<String, List<String>> KNOWN = Map.ofEntries(
                Map.entry("mohammed", List.of("muhammad", "mohamad", "mohamed", "mohammad", "muhammed")),
                Map.entry("mohammad", List.of("muhammad", "mohammed", "mohamad", "mohamed")),
                Map.entry("mohamed", List.of("mohammed", "muhammad", "mohamad")),
                Map.entry("osman", List.of("othman", "usman", "uthman")),
                Map.entry("hussein", List.of("hussain", "husain", "hossein", "husayn")),
                Map.entry("youssef", List.of("yusuf", "yousef", "jussuf", "yousif")),
                Map.entry("yusuf", List.of("youssef", "yousuf", "jusuf")),
                Map.entry("qasim", List.of("kassem", "kasim", "qassem")),
                Map.entry("khaled", List.of("khalid", "chaled", "halit")),
                Map.entry("tarek", List.of("tariq", "tarik", "tareq")),
                Map.entry("suleiman", List.of("sulaiman", "sleiman", "suleyman")),
                Map.entry("fatima", List.of("fatma", "fatemeh", "fatimah", "fatme")),
                Map.entry("aisha", List.of("aysha", "aicha", "aischa", "ayesha")),
                Map.entry("layla", List.of("leila", "laila", "leyla")),
                Map.entry("zainab", List.of("zeinab", "zaynab")),
                Map.entry("mustafa", List.of("mustapha", "moustafa", "mostafa")),
                Map.entry("yasser", List.of("yaser", "yasir")),
                Map.entry("oleksandr", List.of("aleksandr", "oleksander", "olexandr")),
                Map.entry("tesfay", List.of("tesfai", "tesfaye")),
                Map.entry("yohannes", List.of("johannes", "yohanes")));

        private record Rule(Predicate<String> applies, BiFunction<String, Draws, String> apply) {}

        /** Transliterations from Arabic, Persian, Ge'ez, Somali and Bengali spellings. */
        private static final List<Rule> TRANSLITERATION_RULES = List.of(
                replaceOne("ou", "u"),
                replaceOne("oo", "u"),
                replaceOne("ee", "i"),
                replaceOne("ph", "f"),
                replaceOne("dh", "z"),
                replaceOne("q", "k"),
                replaceOne("kh", "h"),
                replaceOne("kh", "ch"),
                replaceOne("sh", "sch"),
                replaceOne("ai", "ay"),
                replaceOne("ai", "ei"),
                replaceOne("ei", "ai"),
                replaceOne("ay", "ai"),
                replaceInterior("u", "ou"),
                replaceInterior("i", "ee"),
                replaceInterior("e", "a"),
                replaceInterior("a", "e"),
                replaceInterior("e", "i"),
                replaceInterior("i", "e"),
                replaceOne("o", "u"),
                replaceInterior("u", "o"),
                new Rule(w -> w.startsWith("y"), (w, d) -> "j" + w.substring(1)),
                new Rule(w -> w.length() > 4 && w.endsWith("a"), (w, d) -> w + "h"),
                new Rule(w -> w.length() > 4 && w.endsWith("aye"), (w, d) -> w.substring(0, w.length() - 1)),
                new Rule(Spellings::hasDoubleConsonant, Spellings::undouble),
                new Rule(Spellings::hasSingleConsonantBetweenVowels, Spellings::doubleOne),
                new Rule(w -> w.startsWith("al-"), Spellings::article),
                new Rule(w -> w.startsWith("abd") && w.length() > 5, Spellings::abd),
                new Rule(Spellings::isCompound, Spellings::splitCompound));

        /** Ukrainian: the national transliteration against older, German and Russian-influenced ones. */
        private static final List<Rule> UKRAINIAN_RULES = List.of(
                replaceOne("ii", "iy"),
                replaceOne("ii", "ij"),
                replaceOne("iia", "iya"),
                replaceOne("iia", "ia"),
                replaceOne("ia", "ya"),
                replaceOne("iu", "yu"),
                replaceOne("kh", "ch"),
                // Russian forms: Oleh, Oleg; Halyna, Galina (not the h of kh, sh, zh, ch).
                new Rule(
                        w -> russianG(w) >= 0,
                        (w, d) -> w.substring(0, russianG(w)) + "g" + w.substring(russianG(w) + 1)),
                replaceInside("y", "i"),
                new Rule(w -> w.startsWith("v"), (w, d) -> "w" + w.substring(1)),
                new Rule(w -> w.startsWith("y"), (w, d) -> "j" + w.substring(1)));

        /** Names already in Latin script: only compound names written apart or together, and doubled letters. */
        private static final List<Rule> LATIN_SCRIPT_RULES = List.of(
                new Rule(w -> w.contains("-"), (w, d) -> w.replace("-", d.chance(0.7) ? " " : "")),
                new Rule(Spellings::hasDoubleConsonant, Spellings::undouble));

        private static final List<String> COMPOUND_PREFIXES =
                List.of("gebre", "wolde", "habte", "tesfa", "haile", "tekle", "kidane");

        private Spellings() {}

        /** One variation of the name, or the name itself when no rule applies. */
        static String vary(String name, Origin origin, Draws draws) {
            String word = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            if (!isPlainAscii(word) && draws.chance(0.7)) {
                return capitalised(withoutAccents(word)); // keyboards abroad drop them
            }
            if (origin == Origin.BANGLADESH && word.equals("mohammad") && draws.chance(0.5)) {
                return "Md.";
            }
            List<String> known = KNOWN.get(word);
            if (known != null && draws.chance(0.5)) {
                return capitalised(draws.pick(known));
            }
            List<Rule> rules =
                    switch (origin) {
                        case VENEZUELA, HAITI -> LATIN_SCRIPT_RULES;
                        case UKRAINE -> UKRAINIAN_RULES;
                        default -> TRANSLITERATION_RULES;
                    };
            List<Rule> applicable =
                    rules.stream().filter(r -> r.applies().test(word)).toList();
            if (applicable.isEmpty()) {
                return name;
            }
            return capitalised(draws.pick(applicable).apply().apply(word, draws));
        }

        /** A typing error: a letter dropped, two swapped, or one doubled. */
        static String typo(String name, Draws draws) {
            if (name.length() < 4) {
                return name;
            }
            int at = draws.between(1, name.length() - 2);
            return switch (draws.between(1, 3)) {
                case 1 -> name.substring(0, at) + name.substring(at + 1);
                case 2 -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
                default -> name.substring(0, at) + name.charAt(at) + name.substring(at);
            };
        }

        private static Rule replaceOne(String from, String to) {
            return new Rule(w -> w.contains(from), (w, d) -> replaceAt(w, from, to, d, 0));
        }

        /** Not the first letter: Omar and Ali keep their initial vowel. */
        private static Rule replaceInside(String from, String to) {
            return new Rule(w -> w.indexOf(from, 1) > 0, (w, d) -> replaceAt(w, from, to, d, 1));
        }

        /** Neither the first nor the last letter: Ali does not become Ale, nor Salma Salme. */
        private static Rule replaceInterior(String from, String to) {
            return new Rule(
                    w -> interiorPositions(w, from).size() > 0, (w, d) -> replaceAt(w, from, to, d, 1, w.length() - 1));
        }

        private static List<Integer> interiorPositions(String word, String from) {
            List<Integer> positions = new ArrayList<>();
            for (int i = word.indexOf(from, 1);
                    i >= 0 && i + from.length() < word.length();
                    i = word.indexOf(from, i + 1)) {
                positions.add(i);
            }
            return positions;
        }

        private static String replaceAt(String word, String from, String to, Draws draws, int fromIndex) {
            return replaceAt(word, from, to, draws, fromIndex, word.length());
        }

        private static String replaceAt(
                String word, String from, String to, Draws draws, int fromIndex, int beforeIndex) {
            List<Integer> positions = new ArrayList<>();
            for (int i = word.indexOf(from, fromIndex);
                    i >= 0 && i + from.length() <= beforeIndex;
                    i = word.indexOf(from, i + 1)) {
                positions.add(i);
            }
            int at = draws.pick(positions);
            return word.substring(0, at) + to + word.substring(at + from.length());
        }

        private static boolean isVowel(char c) {
            return "aeiouy".indexOf(c) >= 0;
        }

        private static boolean hasDoubleConsonant(String w) {
            for (int i = 1; i < w.length(); i++) {
                if (w.charAt(i) == w.charAt(i - 1) && Character.isLetter(w.charAt(i)) && !isVowel(w.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private static String undouble(String w, Draws draws) {
            for (int i = 1; i < w.length(); i++) {
                if (w.charAt(i) == w.charAt(i - 1) && !isVowel(w.charAt(i))) {
                    return w.substring(0, i) + w.substring(i + 1);
                }
            }
            return w;
        }

        private static boolean hasSingleConsonantBetweenVowels(String w) {
            return consonantsBetweenVowels(w).size() > 0;
        }

        private static List<Integer> consonantsBetweenVowels(String w) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 1; i + 1 < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLetter(c)
                        && !isVowel(c)
                        && c != 'h'
                        && isVowel(w.charAt(i - 1))
                        && isVowel(w.charAt(i + 1))) {
                    positions.add(i);
                }
            }
            return positions;
        }

        private static String doubleOne(String w, Draws draws) {
            int at = draws.pick(consonantsBetweenVowels(w));
            return w.substring(0, at + 1) + w.charAt(at) + w.substring(at + 1);
        }

        /** Al-Hassan: Al Hassan, Alhassan, El-Hassan, Hassan, or the assimilated As-Sayed, Ash-Shami. */
        private static String article(String w, Draws draws) {
            String name = w.substring(3);
            String assimilated = Stream.of("sh", "th", "dh", "s", "d", "r", "t", "z", "n")
                    .filter(name::startsWith)
                    .findFirst()
                    .map(sound -> "a" + sound + "-" + name)
                    .orElse("el-" + name);
            return switch (draws.between(1, 5)) {
                case 1 -> "al " + name;
                case 2 -> "al" + name;
                case 3 -> "el-" + name;
                case 4 -> name;
                default -> assimilated;
            };
        }

        /** Abdulrahman, Abdelrahim, Abdullah: written with Abd al-, Abdul, Abdel, Abdur, Abd-. */
        private static String abd(String w, Draws draws) {
            String rest = w.substring(3).replaceFirst("^(ul|el|al|u|i|e)", "");
            if (rest.startsWith("la") && rest.length() <= 4) {
                // Abdullah, Abdullahi: "Allah" keeps its article.
                return draws.pick(List.of("abdalla", "abd alla", "abdulla", "abdella")) + rest.substring(2);
            }
            String connector = draws.pick(List.of("abdul", "abdel", "abd al-", "abd-", "abdel ", "abdul ", "abdi"));
            if (connector.equals("abdi") && !rest.isEmpty() && rest.charAt(0) == 'r') {
                connector = "abdur"; // Abdurrahman
            }
            return connector + rest;
        }

        /** Where the first Ukrainian h that Russian writes as g is, or -1. */
        private static int russianG(String w) {
            for (int i = 0; i < w.length(); i++) {
                if (w.charAt(i) == 'h' && (i == 0 || "kszc".indexOf(w.charAt(i - 1)) < 0)) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean isCompound(String w) {
            return COMPOUND_PREFIXES.stream().anyMatch(p -> w.startsWith(p) && w.length() > p.length() + 2);
        }

        private static String splitCompound(String w, Draws draws) {
            String prefix =
                    COMPOUND_PREFIXES.stream().filter(w::startsWith).findFirst().orElseThrow();
            String separator = draws.chance(0.5) ? " " : "-";
            String first = prefix.startsWith("gebre") && draws.chance(0.3) ? "ghebre" : prefix;
            return first + separator + w.substring(prefix.length());
        }

        private static boolean isPlainAscii(String w) {
            return w.chars().allMatch(c -> c < 128);
        }

        private static String withoutAccents(String w) {
            return Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }

        /** Each part capitalised, but the article inside a name (Abd al-Rahman) in lower case. */
        private static String capitalised(String w) {
            StringBuilder out = new StringBuilder(w.length());
            boolean startOfPart = true;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                boolean innerArticle = i > 0 && w.startsWith("al-", i);
                out.append(startOfPart && !innerArticle ? Character.toUpperCase(c) : c);
                startOfPart = c == ' ' || c == '-';
            }
            return out.toString();
        }
    }
}

package org.ephr.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

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
    static final long RE_REGISTRATION_INDEX_BASE = 8_000_000_000L;

    static final long LOOK_ALIKE_INDEX_BASE = 9_000_000_000L;
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
}

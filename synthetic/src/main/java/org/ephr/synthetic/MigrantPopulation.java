package org.ephr.synthetic;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * A synthetic population of migrants, each person one FHIR R4 transaction bundle: a Patient (created only if
 * no patient has the same e-PHR number yet), the Encounter of a health assessment, its Observations, and past
 * Immunizations, and the diagnoses the screening led to ({@link ClinicalFindings}). Person {@code index} of a population is the same on every run and machine, given the same
 * seed and reference date; different indexes give different e-PHR numbers, so index ranges can be loaded
 * side by side. No date lies after the reference date: assessments fall within the three years up to it.
 */
public final class MigrantPopulation {
    /** Identifier system of the e-PHR record number, the business identifier of every Patient. */
    public static final String EPHR_NUMBER_SYSTEM = Uris.EPHR_NUMBER;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final LocalDate referenceDate;
    private final boolean idempotent;

    public MigrantPopulation(long seed, LocalDate referenceDate) {
        this(seed, referenceDate, false);
    }

    private MigrantPopulation(long seed, LocalDate referenceDate, boolean idempotent) {
        this.seed = seed;
        this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
        this.idempotent = idempotent;
    }

    /**
     * The same population, with every entry a conditional create on its business identifier, so that loading a
     * person twice stores nothing twice (as a national system re-sending after a timeout would expect). Each
     * entry then costs the server a search: the benchmark's ingest figures use plain creates.
     */
    public MigrantPopulation idempotent() {
        return new MigrantPopulation(seed, referenceDate, true);
    }

    /** The transaction bundle of person {@code index} (zero or more). */
    public Bundle person(long index) {
        Draws draws = new Draws(mix(mix(seed) + GOLDEN_GAMMA * (index + 1)));
        PersonProfile profile = PersonProfile.sample(draws, ephrNumber(index), referenceDate);
        TransactionBundle bundle = new TransactionBundle(seed, index, idempotent);
        Reference patient = bundle.createIfNoneExist(
                PatientFactory.create(profile, draws), "identifier=" + EPHR_NUMBER_SYSTEM + "|" + profile.ephrNumber());
        Reference encounter = bundle.create(EncounterFactory.healthAssessment(profile, patient, draws));
        List<Observation> screening = ScreeningObservations.create(profile, draws, patient, encounter);
        screening.forEach(bundle::create);
        VaccinationHistory.create(profile, draws, patient).forEach(bundle::create);
        ClinicalFindings.create(profile, draws, patient, encounter, screening).forEach(bundle::create);
        return bundle.build();
    }

    /** Persons {@code fromIndex} to {@code fromIndex + count - 1}, in order. */
    public List<Bundle> people(long fromIndex, int count) {
        return stream(fromIndex, count).toList();
    }

    /** Like {@link #people}, generated lazily for large populations. */
    public Stream<Bundle> stream(long fromIndex, int count) {
        if (fromIndex < 0 || count < 0) {
            throw new IllegalArgumentException("fromIndex and count must not be negative");
        }
        return LongStream.range(fromIndex, fromIndex + count).mapToObj(this::person);
    }

    /**
     * The e-PHR number of person {@code index}, e.g. {@code EPHR-42-0000000007}: unique per seed and index, so
     * it also tells apart people generated with different seeds.
     */
    public String ephrNumber(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        return "EPHR-" + Long.toUnsignedString(seed) + "-" + String.format(Locale.ROOT, "%010d", index);
    }

    /** LOINC codes that Observation.code can carry in this population (components excluded). */
    public static Set<String> observationCodes() {
        return Arrays.stream(ObservationCode.values())
                .filter(code -> !code.isComponentOnly())
                .map(code -> code.code)
                .collect(Collectors.toUnmodifiableSet());
    }

    public long seed() {
        return seed;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** SplitMix64's finaliser: neighbouring seeds and indexes give unrelated random streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

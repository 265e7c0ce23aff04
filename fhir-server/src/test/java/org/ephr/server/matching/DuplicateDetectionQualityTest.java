package org.ephr.server.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ephr.synthetic.DuplicateRegistrations;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of blocking plus {@link PatientMatcher} on a synthetic population in which a tenth of the
 * people registered a second time in another country and a twentieth have a look-alike (a sibling or a namesake).
 * Prints the figures; the floors sit a little below what was measured, so that a change that makes detection worse
 * fails here. Rerun with:
 *
 * <pre>
 * ./mvnw -o -B -pl fhir-server test -Dtest=DuplicateDetectionQualityTest -Dspotless.check.skip=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class DuplicateDetectionQualityTest {

    private static final String RERUN = "./mvnw -o -B -pl fhir-server test -Dtest=DuplicateDetectionQualityTest"
            + " -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false";
    private static final int PEOPLE = 2_000;
    private static final int EXAMPLES = 5;

    private final PatientMatcher matcher = new PatientMatcher();

    @Test
    void detectWhenPeopleRegisteredTwiceAmongLookAlikesThenPrecisionAndRecallAboveFloors() {
        DuplicateRegistrations.Sample sample = new DuplicateRegistrations(
                        new MigrantPopulation(2025, LocalDate.of(2025, 6, 30)), 0.10, 0.05)
                .sample(0, PEOPLE);
        List<Patient> records = sample.allRecords();
        List<PatientFeatures> features =
                records.stream().map(PatientFeatures::of).toList();
        Map<Patient, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            position.put(records.get(i), i);
        }
        Set<Long> duplicates = new TreeSet<>();
        sample.reRegistrations()
                .forEach(pair -> duplicates.add(
                        pairKey(position.get(pair.original()), position.get(pair.other()), records.size())));
        Set<Long> lookAlikes = new TreeSet<>();
        sample.lookAlikes()
                .forEach(pair -> lookAlikes.add(
                        pairKey(position.get(pair.original()), position.get(pair.other()), records.size())));

        Set<Long> candidates = candidatePairs(features);
        Map<MatchGrade, Integer> duplicatesByGrade = new LinkedHashMap<>();
        Map<MatchGrade, Integer> othersByGrade = new LinkedHashMap<>();
        Map<MatchGrade, Integer> lookAlikesByGrade = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (long pair : candidates) {
            int a = (int) (pair / records.size());
            int b = (int) (pair % records.size());
            MatchResult result = matcher.match(features.get(a), features.get(b));
            boolean duplicate = duplicates.contains(pair);
            (duplicate ? duplicatesByGrade : othersByGrade).merge(result.grade(), 1, Integer::sum);
            if (lookAlikes.contains(pair)) {
                lookAlikesByGrade.merge(result.grade(), 1, Integer::sum);
            }
            if (duplicate && !result.grade().isAtLeast(MatchGrade.PROBABLE) && missed.size() < EXAMPLES) {
                missed.add(example(result));
            }
            if (!duplicate && result.grade().isAtLeast(MatchGrade.PROBABLE) && falseAlarms.size() < EXAMPLES) {
                falseAlarms.add(example(result));
            }
        }

        Quality probable = quality(MatchGrade.PROBABLE, duplicatesByGrade, othersByGrade, duplicates.size());
        Quality possible = quality(MatchGrade.POSSIBLE, duplicatesByGrade, othersByGrade, duplicates.size());
        long blocked = duplicates.stream().filter(candidates::contains).count();
        System.out.printf(
                Locale.ROOT,
                """
                Duplicate detection on %d records (%d people, %d registered twice, %d look-alikes)
                  candidate pairs from blocking: %d; duplicates among them: %d of %d (%.3f)
                  duplicates by grade: %s
                  look-alike pairs by grade: %s
                  other pairs by grade: %s
                  PROBABLE or better: precision %.3f, recall %.3f (%s)
                  POSSIBLE or better: precision %.3f, recall %.3f (%s)
                  missed at PROBABLE, e.g.:%s
                  false alarms at PROBABLE, e.g.:%s
                  rerun: %s
                """,
                records.size(),
                PEOPLE,
                duplicates.size(),
                lookAlikes.size(),
                candidates.size(),
                blocked,
                duplicates.size(),
                (double) blocked / duplicates.size(),
                duplicatesByGrade,
                lookAlikesByGrade,
                othersByGrade,
                probable.precision(),
                probable.recall(),
                probable,
                possible.precision(),
                possible.recall(),
                possible,
                String.join("", missed),
                String.join("", falseAlarms),
                RERUN);

        // Measured with this seed: 1.000 and 0.937 at PROBABLE, 0.859 and 0.995 at POSSIBLE; blocking finds all pairs.
        assertThat(duplicates).hasSizeGreaterThan(150);
        assertThat((double) blocked / duplicates.size()).isGreaterThanOrEqualTo(0.99);
        assertThat(probable.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(probable.recall()).isGreaterThanOrEqualTo(0.92);
        assertThat(possible.precision()).isGreaterThanOrEqualTo(0.83);
        assertThat(possible.recall()).isGreaterThanOrEqualTo(0.98);
    }

    /** Pairs of records sharing at least one blocking key, each pair once as {@code first * size + second}. */
    private static Set<Long> candidatePairs(List<PatientFeatures> features) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            for (String key : BlockingKeys.of(features.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> pairs = new TreeSet<>();
        for (List<Integer> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    pairs.add(pairKey(block.get(i), block.get(j), features.size()));
                }
            }
        }
        return pairs;
    }

    private static long pairKey(int a, int b, int size) {
        return (long) Math.min(a, b) * size + Math.max(a, b);
    }

    private static String example(MatchResult result) {
        return "\n    " + result.grade() + " " + result.score() + " " + result.reasons();
    }

    private record Quality(int truePositives, int falsePositives, int duplicates) {
        double precision() {
            return truePositives + falsePositives == 0
                    ? 1.0
                    : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return (double) truePositives / duplicates;
        }

        @Override
        public String toString() {
            return truePositives + " found, " + falsePositives + " false, " + (duplicates - truePositives) + " missed";
        }
    }

    private static Quality quality(
            MatchGrade from, Map<MatchGrade, Integer> duplicates, Map<MatchGrade, Integer> others, int allDuplicates) {
        int found = duplicates.entrySet().stream()
                .filter(e -> e.getKey().isAtLeast(from))
                .mapToInt(Map.Entry::getValue)
                .sum();
        int falseAlarms = others.entrySet().stream()
                .filter(e -> e.getKey().isAtLeast(from))
                .mapToInt(Map.Entry::getValue)
                .sum();
        return new Quality(found, falseAlarms, allDuplicates);
    }
}

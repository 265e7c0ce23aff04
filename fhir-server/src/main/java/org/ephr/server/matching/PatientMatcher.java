package org.ephr.server.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ephr.server.matching.MatchEvidence.Feature;
import org.ephr.server.matching.PatientFeatures.PersonName;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;

/**
 * Whether two Patient records describe one person, typically a migrant registered once before departure and again on
 * arrival, with another e-PHR number and the name transliterated differently. The result is a proposal for a
 * clinician to review: nothing is merged.
 *
 * <p>Each feature adds points when it agrees and takes points when it disagrees (a log-odds score in spirit; the
 * weights are set by hand and checked against synthetic re-registrations, see {@code DuplicateDetectionQualityTest}):
 *
 * <table>
 *   <caption>Weights</caption>
 *   <tr><th>Feature</th><th>Agrees</th><th>Disagrees</th></tr>
 *   <tr><td>Passport, national or other document number (same system)</td><td>+10 same number</td>
 *       <td>-4 no number in common</td></tr>
 *   <tr><td>UNHCR or IOM case number: a case can be a whole family</td><td>+4</td><td>-1</td></tr>
 *   <tr><td>e-PHR number</td><td>+12 (the same record)</td><td>0: expected for a re-registration</td></tr>
 *   <tr><td>Family name</td><td>+4 same, +3.5 spelling variant, +2.5 extra part, +1 similar</td><td>-3</td></tr>
 *   <tr><td>Given names</td><td>+3.5 same, +3 spelling variant, +2 extra part, +0.5 similar</td><td>-4</td></tr>
 *   <tr><td>Given and family name swapped</td><td>as above, less 1</td><td></td></tr>
 *   <tr><td>Birth date, both exact</td><td>+4 same day, +1.5 day differs or day and month swapped</td>
 *       <td>-1 same year, -2.5 a year apart, -5 further</td></tr>
 *   <tr><td>Birth date, either approximate (year only, estimated, or 1 January)</td>
 *       <td>+2.5 same year, +1.5 one year apart, +0.5 two</td><td>-5 more than two years apart</td></tr>
 *   <tr><td>Sex</td><td>+0.5</td><td>-6</td></tr>
 *   <tr><td>Nationality</td><td>+0.5</td><td>-2</td></tr>
 * </table>
 *
 * <p>Names are compared in every pair of the records' names (as written and transliterated), keeping the best pair.
 * A feature missing on either side counts nothing. The grade is {@link MatchGrade#PROBABLE} from {@value
 * #PROBABLE_FROM} points and {@link MatchGrade#POSSIBLE} from {@value #POSSIBLE_FROM}. It is {@link
 * MatchGrade#CERTAIN} when the records share a person's document number, or share a case number while given names
 * and birth date agree, and nothing contradicts: not the sex, not the birth date (a year or more apart when both are
 * exact, three years when either is approximate), not the given names, not another document number.
 */
final class PatientMatcher {

    static final double PROBABLE_FROM = 8.0;
    static final double POSSIBLE_FROM = 4.5;

    static final String EPHR_NUMBER = "https://fhir.migrant-ephr.org/sid/ephr-number";
    static final String PASSPORT = "https://fhir.migrant-ephr.org/sid/passport";
    static final String UNHCR_CASE = "https://fhir.migrant-ephr.org/sid/unhcr-case";
    static final String IOM_CASE = "https://fhir.migrant-ephr.org/sid/iom-case";

    /** Case numbers name a household, so family members share them. */
    private static final Set<String> HOUSEHOLD_SYSTEMS = Set.of(UNHCR_CASE, IOM_CASE);

    private static final Map<String, String> SYSTEM_LABELS = Map.of(
            EPHR_NUMBER, "e-PHR number",
            PASSPORT, "passport",
            UNHCR_CASE, "UNHCR case number",
            IOM_CASE, "IOM case number");

    MatchResult match(Patient a, Patient b) {
        return match(PatientFeatures.of(a), PatientFeatures.of(b));
    }

    MatchResult match(PatientFeatures a, PatientFeatures b) {
        Verdict verdict = new Verdict();
        compareIdentifiers(a, b, verdict);
        compareNames(a, b, verdict);
        compareBirthDates(a.birthDate(), b.birthDate(), verdict);
        compareSex(a.sex(), b.sex(), verdict);
        compareNationalities(a.nationalities(), b.nationalities(), verdict);
        return verdict.result();
    }

    // ---- Identifiers

    private static void compareIdentifiers(PatientFeatures a, PatientFeatures b, Verdict verdict) {
        for (Map.Entry<String, Set<String>> mine : a.identifiers().entrySet()) {
            String system = mine.getKey();
            Set<String> theirs = b.identifiers().get(system);
            if (theirs == null) {
                continue;
            }
            Set<String> shared = new LinkedHashSet<>(mine.getValue());
            shared.retainAll(theirs);
            String label = SYSTEM_LABELS.getOrDefault(system, system);
            boolean household = HOUSEHOLD_SYSTEMS.contains(system);
            if (system.equals(EPHR_NUMBER)) {
                if (shared.isEmpty()) {
                    verdict.add(Feature.IDENTIFIER, 0, label + ": different (expected when a person registers again)");
                } else {
                    verdict.sharedPersonIdentifier = true;
                    verdict.add(Feature.IDENTIFIER, 12, label + ": same (" + first(shared) + "): the same record");
                }
            } else if (!shared.isEmpty()) {
                if (household) {
                    verdict.sharedHouseholdIdentifier = true;
                    verdict.add(
                            Feature.IDENTIFIER,
                            4,
                            label + ": same (" + first(shared) + "); a case can include the whole family");
                } else {
                    verdict.sharedPersonIdentifier = true;
                    verdict.add(Feature.IDENTIFIER, 10, label + ": same (" + first(shared) + ")");
                }
            } else if (household) {
                verdict.add(
                        Feature.IDENTIFIER,
                        -1,
                        label + ": different (" + first(mine.getValue()) + " / " + first(theirs) + ")");
            } else {
                verdict.contradicted = true;
                verdict.add(
                        Feature.IDENTIFIER,
                        -4,
                        label + ": different (" + first(mine.getValue()) + " / " + first(theirs)
                                + "): a new document, or another person");
            }
        }
    }

    private static String first(Set<String> values) {
        return values.iterator().next();
    }

    // ---- Names

    private record NameComparison(
            double score, List<MatchEvidence> evidence, NameAgreement given, boolean givenCompared) {}

    private static void compareNames(PatientFeatures a, PatientFeatures b, Verdict verdict) {
        NameComparison best = null;
        for (PersonName mine : a.names()) {
            for (PersonName theirs : b.names()) {
                for (NameComparison candidate : List.of(inOrder(mine, theirs), swapped(mine, theirs))) {
                    if (!candidate.evidence().isEmpty() && (best == null || candidate.score() > best.score())) {
                        best = candidate;
                    }
                }
            }
        }
        if (best == null) {
            return;
        }
        best.evidence().forEach(verdict::add);
        if (best.givenCompared() && best.given() == NameAgreement.DIFFERENT) {
            verdict.contradicted = true;
        }
        verdict.givenNamesAgree = best.givenCompared() && best.given().atLeast(NameAgreement.VARIANT);
    }

    private static NameComparison inOrder(PersonName mine, PersonName theirs) {
        List<MatchEvidence> evidence = new ArrayList<>();
        double score = 0;
        Optional<NameAgreement> family = mine.family().compare(theirs.family());
        if (family.isPresent()) {
            double weight = familyWeight(family.get());
            score += weight;
            evidence.add(nameEvidence(
                    Feature.FAMILY_NAME, weight, "family name", family.get(), mine.family(), theirs.family()));
        }
        Optional<NameAgreement> given = mine.given().compare(theirs.given());
        if (given.isPresent()) {
            double weight = givenWeight(given.get());
            score += weight;
            evidence.add(
                    nameEvidence(Feature.GIVEN_NAME, weight, "given name", given.get(), mine.given(), theirs.given()));
        }
        return new NameComparison(score, evidence, given.orElse(null), given.isPresent());
    }

    /** One record has the family name where the other has the given name, and the other way round. */
    private static NameComparison swapped(PersonName mine, PersonName theirs) {
        Optional<NameAgreement> family = mine.family().compare(theirs.given());
        Optional<NameAgreement> given = mine.given().compare(theirs.family());
        boolean bothAgree = family.isPresent()
                && given.isPresent()
                && family.get().atLeast(NameAgreement.VARIANT)
                && given.get().atLeast(NameAgreement.VARIANT);
        if (!bothAgree) {
            return new NameComparison(0, List.of(), null, false);
        }
        double score = familyWeight(family.get()) + givenWeight(given.get()) - 1.0;
        String explanation = "given and family names swapped: " + mine.given() + " " + mine.family() + " / "
                + theirs.given() + " " + theirs.family();
        return new NameComparison(
                score, List.of(new MatchEvidence(Feature.NAME_ORDER, score, explanation)), given.get(), true);
    }

    private static MatchEvidence nameEvidence(
            Feature feature, double weight, String part, NameAgreement agreement, NameKey mine, NameKey theirs) {
        return new MatchEvidence(
                feature, weight, part + ": " + agreement.description() + " (" + mine + " / " + theirs + ")");
    }

    private static double familyWeight(NameAgreement agreement) {
        return switch (agreement) {
            case EXACT -> 4.0;
            case VARIANT -> 3.5;
            case PARTIAL -> 2.5;
            case SIMILAR -> 1.0;
            case DIFFERENT -> -3.0;
        };
    }

    private static double givenWeight(NameAgreement agreement) {
        return switch (agreement) {
            case EXACT -> 3.5;
            case VARIANT -> 3.0;
            case PARTIAL -> 2.0;
            case SIMILAR -> 0.5;
            case DIFFERENT -> -4.0;
        };
    }

    // ---- Birth date, sex, nationality

    private static void compareBirthDates(BirthDate a, BirthDate b, Verdict verdict) {
        if (a == null || b == null) {
            return;
        }
        int years = Math.abs(a.year() - b.year());
        String dates = "birth date: " + a + " / " + b;
        double weight;
        String how;
        if (!a.approximate() && !b.approximate()) {
            if (a.equals(b)) {
                weight = 4.0;
                how = "same day";
            } else if (years == 0 && a.month() == b.month()) {
                weight = 1.5;
                how = "same month, another day";
            } else if (years == 0 && a.month() == b.day() && a.day() == b.month()) {
                weight = 1.5;
                how = "day and month swapped";
            } else if (years == 0) {
                weight = -1.0;
                how = "same year only";
            } else {
                weight = years == 1 ? -2.5 : -5.0;
                how = years + (years == 1 ? " year apart" : " years apart");
            }
        } else {
            weight = switch (years) {
                case 0 -> 2.5;
                case 1 -> 1.5;
                case 2 -> 0.5;
                default -> -5.0;
            };
            how = years == 0 ? "same year" : years + (years == 1 ? " year apart" : " years apart");
        }
        verdict.add(Feature.BIRTH_DATE, weight, dates + ": " + how);
        verdict.birthDatesAgree = weight > 0;
        if (weight <= -2.5) {
            verdict.contradicted = true;
        }
    }

    private static void compareSex(AdministrativeGender a, AdministrativeGender b, Verdict verdict) {
        if (a == null || b == null) {
            return;
        }
        String sex = a.toCode();
        if (a == b) {
            verdict.add(Feature.SEX, 0.5, "sex: both " + sex);
        } else {
            verdict.contradicted = true;
            verdict.add(Feature.SEX, -6.0, "sex: different (" + sex + " / " + b.toCode() + ")");
        }
    }

    private static void compareNationalities(Set<String> a, Set<String> b, Verdict verdict) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        Set<String> shared = new LinkedHashSet<>(a);
        shared.retainAll(b);
        if (!shared.isEmpty()) {
            verdict.add(Feature.NATIONALITY, 0.5, "nationality: both " + String.join(", ", shared));
        } else {
            verdict.add(
                    Feature.NATIONALITY,
                    -2.0,
                    "nationality: different (" + String.join(", ", a) + " / " + String.join(", ", b) + ")");
        }
    }

    /** The evidence gathered so far, and the facts the grade depends on besides the score. */
    private static final class Verdict {
        private final List<MatchEvidence> evidence = new ArrayList<>();
        private double score;
        private boolean sharedPersonIdentifier;
        private boolean sharedHouseholdIdentifier;
        private boolean givenNamesAgree;
        private boolean birthDatesAgree;
        private boolean contradicted;

        void add(Feature feature, double weight, String explanation) {
            add(new MatchEvidence(feature, weight, explanation));
        }

        void add(MatchEvidence item) {
            evidence.add(item);
            score += item.weight();
        }

        MatchResult result() {
            return new MatchResult(grade(), score, evidence);
        }

        private MatchGrade grade() {
            boolean certainHousehold = sharedHouseholdIdentifier && givenNamesAgree && birthDatesAgree;
            if (!contradicted && (sharedPersonIdentifier || certainHousehold)) {
                return MatchGrade.CERTAIN;
            }
            if (score >= PROBABLE_FROM) {
                return MatchGrade.PROBABLE;
            }
            return score >= POSSIBLE_FROM ? MatchGrade.POSSIBLE : MatchGrade.NO_MATCH;
        }
    }
}

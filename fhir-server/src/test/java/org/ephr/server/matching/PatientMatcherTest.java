package org.ephr.server.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.ephr.server.matching.MatchEvidence.Feature;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class PatientMatcherTest {

    private static final AdministrativeGender MALE = AdministrativeGender.MALE;
    private static final AdministrativeGender FEMALE = AdministrativeGender.FEMALE;

    private final PatientMatcher matcher = new PatientMatcher();

    @Test
    void matchWhenTransliteratedNameAndEstimatedBirthYearThenProbable() {
        Patient jordan = patient("EPHR-1", "Mohammed", "Al-Hassan", "1990-03-14", MALE, "SY");
        Patient germany = patient("EPHR-2", "Muhammad", "Alhasan", estimated("1991"), MALE, "SY");

        MatchResult result = matcher.match(jordan, germany);

        assertThat(result.grade()).isEqualTo(MatchGrade.PROBABLE);
        assertThat(result.reasons())
                .anyMatch(r -> r.contains("family name: spelling variant (Al-Hassan / Alhasan)"))
                .anyMatch(r -> r.contains("given name: spelling variant (Mohammed / Muhammad)"))
                .anyMatch(r -> r.contains("1 year apart"));
    }

    @Test
    void matchWhenOnlyTheEphrNumbersDifferThenNotHeldAgainst() {
        Patient first = patient("EPHR-1", "Fatima", "Al-Ahmad", "1985-07-02", FEMALE, "SY");
        Patient again = patient("EPHR-2", "Fatima", "Al-Ahmad", "1985-07-02", FEMALE, "SY");
        Patient withoutNumbers = patient(null, "Fatima", "Al-Ahmad", "1985-07-02", FEMALE, "SY");

        MatchResult result = matcher.match(first, again);

        assertThat(result.grade()).isEqualTo(MatchGrade.PROBABLE);
        assertThat(result.score())
                .isEqualTo(matcher.match(withoutNumbers, again).score());
        assertThat(result.evidence())
                .filteredOn(e -> e.feature() == Feature.IDENTIFIER)
                .singleElement()
                .satisfies(e -> assertThat(e.weight()).isZero());
    }

    @Test
    void matchWhenSamePassportAndNothingContradictsThenCertain() {
        Patient jordan = withIdentifier(
                patient("EPHR-1", "Khaled", "Darwish", "1979-11-30", MALE, "SY"), PatientMatcher.PASSPORT, "N0123456");
        Patient germany = withIdentifier(
                patient("EPHR-2", "Chaled", "Darwisch", estimated("1980"), MALE, null),
                PatientMatcher.PASSPORT,
                "n 0123456");

        MatchResult result = matcher.match(jordan, germany);

        assertThat(result.grade()).isEqualTo(MatchGrade.CERTAIN);
        assertThat(result.reasons()).anyMatch(r -> r.contains("passport: same (N0123456)"));
    }

    @Test
    void matchWhenSamePassportButSexDiffersThenNotCertain() {
        Patient a = withIdentifier(
                patient("EPHR-1", "Nour", "Haddad", "2001-02-03", FEMALE, "SY"), PatientMatcher.PASSPORT, "N1");
        Patient b = withIdentifier(
                patient("EPHR-2", "Nour", "Haddad", "2001-02-03", MALE, "SY"), PatientMatcher.PASSPORT, "N1");

        assertThat(matcher.match(a, b).grade()).isNotEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void matchWhenPassportsOfTheSameSystemDifferThenGradeLowered() {
        Patient jordan = patient("EPHR-1", "Mohammed", "Al-Hassan", "1990-03-14", MALE, "SY");
        Patient germany = patient("EPHR-2", "Muhammad", "Alhasan", estimated("1991"), MALE, "SY");
        MatchResult without = matcher.match(jordan, germany);

        MatchResult with = matcher.match(
                withIdentifier(jordan, PatientMatcher.PASSPORT, "N1111111"),
                withIdentifier(germany, PatientMatcher.PASSPORT, "N2222222"));

        assertThat(with.grade()).isLessThan(without.grade());
        assertThat(with.score()).isLessThan(without.score());
        assertThat(with.reasons()).anyMatch(r -> r.contains("passport: different"));
    }

    @Test
    void matchWhenPassportOnOnlyOneRecordThenNeitherForNorAgainst() {
        Patient jordan = patient("EPHR-1", "Mohammed", "Al-Hassan", "1990-03-14", MALE, "SY");
        Patient germany = patient("EPHR-2", "Muhammad", "Alhasan", estimated("1991"), MALE, "SY");

        MatchResult result = matcher.match(withIdentifier(jordan, PatientMatcher.PASSPORT, "N1111111"), germany);

        assertThat(result.score()).isEqualTo(matcher.match(jordan, germany).score());
    }

    @Test
    void matchWhenSameUnhcrCaseAndGivenNameAndBirthDateAgreeThenCertain() {
        Patient a = withIdentifier(
                patient("EPHR-1", "Zainab", "Al-Jubouri", "2010-05-05", FEMALE, "IQ"),
                PatientMatcher.UNHCR_CASE,
                "JO-23C12345");
        Patient b = withIdentifier(
                patient("EPHR-2", "Zeinab", "Jubouri", "2010-05-05", FEMALE, "IQ"),
                PatientMatcher.UNHCR_CASE,
                "JO-23C12345");

        assertThat(matcher.match(a, b).grade()).isEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void matchWhenSiblingsShareTheirFamilysUnhcrCaseThenNeitherCertainNorProbable() {
        Patient brother = withIdentifier(
                patient("EPHR-1", "Omar", "Al-Jubouri", "2008-05-05", MALE, "IQ"),
                PatientMatcher.UNHCR_CASE,
                "JO-23C12345");
        Patient sister = withIdentifier(
                patient("EPHR-2", "Zainab", "Al-Jubouri", "2011-01-20", FEMALE, "IQ"),
                PatientMatcher.UNHCR_CASE,
                "JO-23C12345");
        Patient youngerBrother = withIdentifier(
                patient("EPHR-3", "Bilal", "Al-Jubouri", "2012-09-01", MALE, "IQ"),
                PatientMatcher.UNHCR_CASE,
                "JO-23C12345");

        assertThat(matcher.match(brother, sister).grade()).isEqualTo(MatchGrade.NO_MATCH);
        assertThat(matcher.match(brother, youngerBrother).grade()).isIn(MatchGrade.NO_MATCH, MatchGrade.POSSIBLE);
    }

    @Test
    void matchWhenSimilarNamesButEstimatedBirthYearsMoreThanTwoApartThenBelowProbable() {
        Patient a = patient("EPHR-1", "Ahmad", "Al-Khatib", estimated("1980"), MALE, "SY");
        Patient b = patient("EPHR-2", "Ahmed", "Al-Khatib", estimated("1983"), MALE, "SY");
        Patient twoYears = patient("EPHR-3", "Ahmed", "Al-Khatib", estimated("1982"), MALE, "SY");

        assertThat(matcher.match(a, b).grade()).isLessThan(MatchGrade.PROBABLE);
        assertThat(matcher.match(a, twoYears).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void matchWhenSameNamesButSexDiffersThenBelowProbable() {
        Patient a = patient("EPHR-1", "Nour", "Al-Homsi", "1995-04-04", FEMALE, "SY");
        Patient b = patient("EPHR-2", "Nour", "Al-Homsi", "1995-04-04", MALE, "SY");

        MatchResult result = matcher.match(a, b);

        assertThat(result.grade()).isLessThan(MatchGrade.PROBABLE);
        assertThat(result.reasons()).anyMatch(r -> r.contains("sex: different (female / male)"));
    }

    @Test
    void matchWhenSameNamesAndBothExactBirthDatesDifferThenBelowProbable() {
        Patient a = patient("EPHR-1", "Yusuf", "Warsame", "1990-03-14", MALE, "SO");
        Patient sameYear = patient("EPHR-2", "Yusuf", "Warsame", "1990-08-02", MALE, "SO");
        Patient nextYear = patient("EPHR-3", "Yusuf", "Warsame", "1991-03-14", MALE, "SO");

        assertThat(matcher.match(a, sameYear).grade()).isLessThan(MatchGrade.PROBABLE);
        assertThat(matcher.match(a, nextYear).grade()).isLessThan(MatchGrade.PROBABLE);
    }

    @Test
    void matchWhenDifferentGivenNamesThenBelowProbable() {
        Patient a = patient("EPHR-1", "Dawit", "Tesfay", "1993-06-01", MALE, "ER");
        Patient b = patient("EPHR-2", "Yonas", "Tesfay", "1993-06-01", MALE, "ER");

        assertThat(matcher.match(a, b).grade()).isLessThan(MatchGrade.PROBABLE);
    }

    @Test
    void matchWhenBirthDateIsFirstOfJanuaryThenTreatedAsApproximate() {
        Patient placeholder = patient("EPHR-1", "Aisha", "Osman", "1988-01-01", FEMALE, "SD");
        Patient exact = patient("EPHR-2", "Aisha", "Osman", "1989-06-12", FEMALE, "SD");

        MatchResult result = matcher.match(placeholder, exact);

        assertThat(birthDateWeight(result)).isPositive();
        assertThat(result.grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void matchWhenBirthDatesCloserThenBirthDateWeighsMore() {
        Patient a = patient("EPHR-1", "Aisha", "Osman", estimated("1988"), FEMALE, "SD");
        double[] weights = new double[4];
        for (int years = 0; years < 4; years++) {
            Patient b = patient("EPHR-2", "Aisha", "Osman", estimated(String.valueOf(1988 + years)), FEMALE, "SD");
            weights[years] = birthDateWeight(matcher.match(a, b));
        }

        assertThat(weights[0]).isGreaterThan(weights[1]);
        assertThat(weights[1]).isGreaterThan(weights[2]);
        assertThat(weights[2]).isPositive();
        assertThat(weights[3]).isNegative();
    }

    @Test
    void matchWhenNationalityDiffersThenScoreLower() {
        Patient a = patient("EPHR-1", "Rahim", "Azizi", "1970-02-02", MALE, "AF");
        Patient same = patient("EPHR-2", "Rahim", "Azizi", "1970-02-02", MALE, "AF");
        Patient other = patient("EPHR-3", "Rahim", "Azizi", "1970-02-02", MALE, "IR");
        Patient unknown = patient("EPHR-4", "Rahim", "Azizi", "1970-02-02", MALE, null);

        double sameScore = matcher.match(a, same).score();
        double unknownScore = matcher.match(a, unknown).score();
        double otherScore = matcher.match(a, other).score();

        assertThat(sameScore).isGreaterThan(unknownScore);
        assertThat(unknownScore).isGreaterThan(otherScore);
    }

    @Test
    void matchWhenGivenAndFamilyNameSwappedThenStillProbable() {
        Patient a = patient("EPHR-1", "Ziad", "Qasim", "1984-10-10", MALE, "SY");
        Patient b = patient("EPHR-2", "Kassem", "Ziad", "1984-10-10", MALE, "SY");

        MatchResult result = matcher.match(a, b);

        assertThat(result.grade()).isEqualTo(MatchGrade.PROBABLE);
        assertThat(result.evidence()).anyMatch(e -> e.feature() == Feature.NAME_ORDER);
    }

    @Test
    void matchWhenOneRecordHasOnlyTheArabicScriptNameThenItMatchesTheLatinName() {
        Patient arabicOnly = new Patient();
        arabicOnly.addName().setUse(HumanName.NameUse.OFFICIAL).addGiven("يوسف").setFamily("الحلبي");
        arabicOnly.setGender(MALE).setBirthDateElement(new DateType("1975-12-01"));
        Patient latin = patient("EPHR-2", "Youssef", "Al-Halabi", "1975-12-01", MALE, "SY");

        MatchResult result = matcher.match(arabicOnly, latin);

        assertThat(result.grade()).isEqualTo(MatchGrade.PROBABLE);
        assertThat(result.reasons()).anyMatch(r -> r.contains("given name: spelling variant (يوسف / Youssef)"));
    }

    @Test
    void matchWhenRecordHasNameInTwoScriptsThenTheBestPairCounts() {
        Patient twoScripts = patient("EPHR-1", "Ivan", "Levchenko", "1988-07-22", MALE, "UA");
        twoScripts
                .getName()
                .add(
                        0,
                        new HumanName()
                                .setUse(HumanName.NameUse.OFFICIAL)
                                .addGiven("Іван")
                                .setFamily("Левченко"));
        Patient cyrillicOnly = new Patient();
        cyrillicOnly.addName().addGiven("Іван").setFamily("Левченко");
        cyrillicOnly.setGender(MALE).setBirthDateElement(new DateType("1988-07-22"));

        MatchResult result = matcher.match(twoScripts, cyrillicOnly);

        assertThat(result.reasons())
                .anyMatch(r -> r.contains("family name: same (Левченко / Левченко)"))
                .noneMatch(r -> r.contains("different"));
        assertThat(result.grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void matchWhenComparedEitherWayThenSameVerdict() {
        Patient a = withIdentifier(
                patient("EPHR-1", "Layla", "Al-Masri", "1999-09-09", FEMALE, "SY"), PatientMatcher.UNHCR_CASE, "LB-1");
        Patient b = patient("EPHR-2", "Leila", "Masri", estimated("2000"), FEMALE, "SY");

        MatchResult ab = matcher.match(a, b);
        MatchResult ba = matcher.match(b, a);

        assertThat(ab.score()).isEqualTo(ba.score());
        assertThat(ab.grade()).isEqualTo(ba.grade());
    }

    @Test
    void blockingKeysWhenRecordsOfOnePersonThenShareAKey() {
        Patient jordan = patient("EPHR-1", "Mohammed", "Al-Hassan", "1990-03-14", MALE, "SY");
        Patient germany = patient("EPHR-2", "Muhammad", "Alhasan", estimated("1992"), MALE, "SY");
        Patient arabicOnly = new Patient();
        arabicOnly.addName().addGiven("محمد").setFamily("الحسن");
        arabicOnly.setBirthDateElement(new DateType("1988"));

        assertThat(BlockingKeys.of(jordan)).containsAnyElementsOf(BlockingKeys.of(germany));
        assertThat(BlockingKeys.of(jordan)).containsAnyElementsOf(BlockingKeys.of(arabicOnly));
    }

    @Test
    void blockingKeysWhenNamesAndBirthYearsFarApartThenNoKeyShared() {
        Patient a = patient("EPHR-1", "Mohammed", "Al-Hassan", "1990-03-14", MALE, "SY");
        Patient sameNameOlder = patient("EPHR-2", "Mohammed", "Kovalenko", "1960-03-14", MALE, "SY");
        Patient otherName = patient("EPHR-3", "Olena", "Kovalenko", "1990-03-14", FEMALE, "UA");

        assertThat(BlockingKeys.of(a)).doesNotContainAnyElementsOf(BlockingKeys.of(sameNameOlder));
        assertThat(BlockingKeys.of(a)).doesNotContainAnyElementsOf(BlockingKeys.of(otherName));
    }

    @Test
    void blockingKeysWhenSamePassportThenShareAKey() {
        Patient a = withIdentifier(
                patient("EPHR-1", "Olena", "Kovalenko", "1990-03-14", FEMALE, "UA"), PatientMatcher.PASSPORT, "FA123");
        Patient b = withIdentifier(
                patient("EPHR-2", "Helen", "Smith", "1970-01-14", FEMALE, "GB"), PatientMatcher.PASSPORT, "fa-123");

        assertThat(BlockingKeys.of(a)).containsAnyElementsOf(BlockingKeys.of(b));
    }

    // ---- Records

    private static Patient patient(
            String ephrNumber,
            String given,
            String family,
            String birthDate,
            AdministrativeGender sex,
            String country) {
        return patient(ephrNumber, given, family, new DateType(birthDate), sex, country);
    }

    private static Patient patient(
            String ephrNumber,
            String given,
            String family,
            DateType birthDate,
            AdministrativeGender sex,
            String country) {
        Patient patient = new Patient();
        if (ephrNumber != null) {
            patient.addIdentifier().setSystem(PatientMatcher.EPHR_NUMBER).setValue(ephrNumber);
        }
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).addGiven(given).setFamily(family);
        patient.setBirthDateElement(birthDate);
        patient.setGender(sex);
        if (country != null) {
            Extension nationality = patient.addExtension().setUrl(PatientFeatures.NATIONALITY_EXTENSION);
            nationality.addExtension("code", new CodeableConcept(new Coding(PatientFeatures.ISO_3166, country, null)));
        }
        return patient;
    }

    private static DateType estimated(String year) {
        DateType date = new DateType(year);
        date.addExtension(BirthDate.ESTIMATED_EXTENSION, new BooleanType(true));
        return date;
    }

    private static Patient withIdentifier(Patient patient, String system, String value) {
        Patient copy = patient.copy();
        copy.addIdentifier().setSystem(system).setValue(value);
        return copy;
    }

    private static double birthDateWeight(MatchResult result) {
        return result.evidence().stream()
                .filter(e -> e.feature() == Feature.BIRTH_DATE)
                .mapToDouble(MatchEvidence::weight)
                .sum();
    }
}

package org.ephr.synthetic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

/** The facts about one person that the resources of their record are built from. */
record PersonProfile(
        String ephrNumber,
        Origin origin,
        HostCountry host,
        AdministrativeGender gender,
        LocalDate birthDate,
        boolean birthYearOnly,
        LocalDate arrivalDate,
        OffsetDateTime assessmentStart,
        MigrationStatus migrationStatus,
        Language language,
        Journey journey) {

    private static final int ASSESSMENT_WINDOW_DAYS = 3 * 365;
    private static final int MAX_DAYS_FROM_ARRIVAL_TO_ASSESSMENT = 2 * 365;

    static PersonProfile sample(Draws draws, String ephrNumber, LocalDate referenceDate) {
        Origin origin = Origin.draw(draws);
        HostCountry host = HostCountry.of(draws.pick(origin.hostCountries));
        AdministrativeGender gender =
                draws.chance(origin.maleShare) ? AdministrativeGender.MALE : AdministrativeGender.FEMALE;

        LocalDate assessmentDate = referenceDate.minusDays(draws.between(0, ASSESSMENT_WINDOW_DAYS - 1));
        int ageInDays = sampleAgeInDays(draws);
        LocalDate birthDate = assessmentDate.minusDays(ageInDays);
        // Adults without documents often only know their age; their record then carries a year of birth.
        boolean birthYearOnly = ageInDays >= 18 * 365 && draws.chance(0.2);
        // Arrival comes after birth and before the assessment (which happens within two years of arrival).
        LocalDate arrivalDate = assessmentDate.minusDays(
                draws.between(1, Math.min(ageInDays - 1, MAX_DAYS_FROM_ARRIVAL_TO_ASSESSMENT)));

        // Clinic hours, local time, in five-minute slots.
        LocalTime startTime = LocalTime.of(8, 0).plusMinutes(5L * draws.between(0, 7 * 12));
        OffsetDateTime assessmentStart = OffsetDateTime.of(assessmentDate, startTime, host.offset());

        MigrationStatus status = MigrationStatus.likely(origin, host, draws);
        Language language =
                origin.languages.size() > 1 && draws.chance(0.4) ? origin.languages.get(1) : origin.languages.get(0);
        Journey journey = Journey.sample(origin, host, status, birthDate, arrivalDate, draws);
        return new PersonProfile(
                ephrNumber,
                origin,
                host,
                gender,
                birthDate,
                birthYearOnly,
                arrivalDate,
                assessmentStart,
                status,
                language,
                journey);
    }

    /** Displaced populations are young: many children, few older people. */
    private static int sampleAgeInDays(Draws draws) {
        int percent = draws.between(1, 100);
        if (percent <= 15) {
            return draws.between(30, 5 * 365 - 1); // under five, at least a month old
        }
        if (percent <= 40) {
            return draws.between(5 * 365, 18 * 365 - 1);
        }
        if (percent <= 92) {
            return draws.between(18 * 365, 60 * 365 - 1);
        }
        return draws.between(60 * 365, 85 * 365);
    }

    LocalDate assessmentDate() {
        return assessmentStart.toLocalDate();
    }

    long ageInMonths() {
        return ChronoUnit.MONTHS.between(birthDate, assessmentDate());
    }

    long ageInYears() {
        return ChronoUnit.YEARS.between(birthDate, assessmentDate());
    }

    /** Whether the person was already in the host country on that day. */
    boolean inHostCountryOn(LocalDate date) {
        return !date.isBefore(arrivalDate);
    }

    /** The country the person was in on that day: the host country, a transit country or the country of origin. */
    String countryOn(LocalDate date) {
        if (inHostCountryOn(date)) {
            return host.country();
        }
        return journey.transitCountryOn(date).orElse(origin.country);
    }

    /** Whether consultations need an interpreter: the preferred language is not one the host country speaks. */
    boolean interpreterRequired() {
        return !host.languages().contains(language.primarySubtag());
    }
}

package org.ephr.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Reference;

/**
 * Two to four vaccine doses from a person's past, all before the assessment: childhood doses from the
 * origin's schedule (transcribed from a vaccination card, so not a primary source), catch-up doses after
 * arrival, and COVID-19 doses. The country of administration is where the journey had taken the person by
 * then; doses from before the arrival are documented on a card. Each conforms to the MigrantImmunization profile.
 */
final class VaccinationHistory {
    /** Trivalent OPV was withdrawn worldwide in April 2016; later children got bivalent OPV and IPV. */
    private static final LocalDate TRIVALENT_OPV_WITHDRAWN = LocalDate.of(2016, 4, 1);

    private static final LocalDate IPV_INTRODUCED = LocalDate.of(2015, 6, 1);
    private static final LocalDate COVID19_CAMPAIGN_START = LocalDate.of(2021, 3, 1);
    private static final LocalDate COVID19_CAMPAIGN_LAST_FIRST_DOSE = LocalDate.of(2022, 6, 30);

    private record Dose(Vaccine vaccine, int number, LocalDate date) {}

    private final PersonProfile person;
    private final Draws draws;
    private final List<Dose> candidates = new ArrayList<>();

    private VaccinationHistory(PersonProfile person, Draws draws) {
        this.person = person;
        this.draws = draws;
    }

    static List<Immunization> create(PersonProfile person, Draws draws, Reference patient) {
        VaccinationHistory history = new VaccinationHistory(person, draws);
        if (!person.birthYearOnly()) {
            history.addChildhoodSchedule(); // people without a known birth date have no vaccination card either
        }
        history.addCatchUpAfterArrival();
        history.addCovid19();
        return history.choose().stream()
                .map(dose -> history.toImmunization(dose, patient))
                .toList();
    }

    private void addChildhoodSchedule() {
        LocalDate birth = person.birthDate();
        candidates.add(new Dose(Vaccine.BCG, 1, birth.plusDays(draws.between(0, 14))));
        candidates.add(new Dose(Vaccine.HEPATITIS_B_PEDIATRIC, 1, birth.plusDays(draws.between(0, 1))));
        int[] primarySeriesDays = {42, 70, 98};
        for (int dose = 1; dose <= 3; dose++) {
            LocalDate date = birth.plusDays(primarySeriesDays[dose - 1] + draws.between(0, 14));
            // Doses given after arrival in a high-income host country would have been acellular DTaP.
            boolean dtap = person.inHostCountryOn(date) && person.host().highIncome();
            candidates.add(new Dose(dtap ? Vaccine.DTAP : Vaccine.DTP, dose, date));
            if (date.isBefore(TRIVALENT_OPV_WITHDRAWN)) {
                candidates.add(new Dose(Vaccine.ORAL_POLIO, dose, date));
            }
        }
        if (!birth.isBefore(IPV_INTRODUCED)) {
            candidates.add(new Dose(Vaccine.INACTIVATED_POLIO, 1, birth.plusDays(98 + draws.between(0, 14))));
        }
        LocalDate nineMonths = birth.plusDays(270 + draws.between(0, 30));
        candidates.add(new Dose(Vaccine.MEASLES, 1, nineMonths));
        if (person.origin().has(Origin.Trait.YELLOW_FEVER_IN_ROUTINE_SCHEDULE)) {
            candidates.add(new Dose(Vaccine.YELLOW_FEVER, 1, nineMonths));
        }
        candidates.add(new Dose(Vaccine.MMR, 2, birth.plusDays(540 + draws.between(0, 30))));
    }

    private void addCatchUpAfterArrival() {
        LocalDate arrival = person.arrivalDate();
        long daysInHostCountry = ChronoUnit.DAYS.between(arrival, person.assessmentDate());
        LocalDate first = arrival.plusDays(draws.between(0, (int) Math.min(60, daysInHostCountry - 1)));
        long ageAtArrival = ChronoUnit.YEARS.between(person.birthDate(), arrival);
        if (ageAtArrival >= 7) {
            LocalDate second = first.plusDays(draws.between(28, 35));
            candidates.add(new Dose(Vaccine.TD_ADULT, 1, first));
            candidates.add(new Dose(Vaccine.TD_ADULT, 2, second));
            candidates.add(new Dose(Vaccine.TD_ADULT, 3, second.plusDays(draws.between(180, 200))));
        }
        if (ageAtArrival >= 18) {
            candidates.add(new Dose(Vaccine.HEPATITIS_B_ADULT, 1, first));
            candidates.add(new Dose(Vaccine.MMR, 1, first.plusDays(draws.between(0, 28))));
        }
    }

    private void addCovid19() {
        LocalDate adult = person.birthDate().plusYears(18);
        LocalDate earliest = adult.isAfter(COVID19_CAMPAIGN_START) ? adult : COVID19_CAMPAIGN_START;
        long window = ChronoUnit.DAYS.between(earliest, COVID19_CAMPAIGN_LAST_FIRST_DOSE);
        if (window <= 0) {
            return;
        }
        LocalDate first = earliest.plusDays(draws.between(0, (int) window));
        candidates.add(new Dose(covid19Vaccine(first), 1, first));
        LocalDate second = first.plusDays(draws.between(28, 84));
        candidates.add(new Dose(covid19Vaccine(second), 2, second));
    }

    /** Records from the country of origin seldom name the product; the host's own records do. */
    private Vaccine covid19Vaccine(LocalDate date) {
        return person.inHostCountryOn(date) && person.host().highIncome()
                ? Vaccine.COVID19_MRNA
                : Vaccine.COVID19_UNSPECIFIED;
    }

    private List<Dose> choose() {
        List<Dose> possible = candidates.stream()
                .filter(dose -> !dose.date().isBefore(person.birthDate()))
                .filter(dose -> dose.date().isBefore(person.assessmentDate()))
                .toList();
        int count = Math.min(possible.size(), draws.between(2, 4));
        return draws.shuffled(possible).subList(0, count).stream()
                .sorted(Comparator.comparing(Dose::date).thenComparing(dose -> dose.vaccine().cvx))
                .toList();
    }

    private Immunization toImmunization(Dose dose, Reference patient) {
        boolean givenInHostCountry = person.inHostCountryOn(dose.date());
        Immunization immunization = new Immunization();
        immunization.getMeta().addProfile(Uris.MIGRANT_IMMUNIZATION);
        immunization.addExtension(
                Uris.COUNTRY_OF_ADMINISTRATION, PatientFactory.country(person.countryOn(dose.date())));
        if (!givenInHostCountry) {
            immunization.addExtension(
                    Uris.EVIDENCE_SOURCE,
                    new CodeableConcept(new Coding(
                            Uris.EVIDENCE_SOURCE_CS, "documented-card", "Documented on a vaccination card")));
        }
        immunization.setStatus(Immunization.ImmunizationStatus.COMPLETED);
        immunization.setVaccineCode(dose.vaccine().toCodeableConcept());
        immunization.setPatient(patient);
        immunization.setOccurrence(FhirDates.day(dose.date()));
        immunization.setPrimarySource(givenInHostCountry);
        if (!givenInHostCountry) {
            immunization.setReportOrigin(
                    new CodeableConcept(new Coding(Uris.IMMUNIZATION_ORIGIN, "record", "Written Record")));
        }
        immunization.addProtocolApplied().setDoseNumber(new PositiveIntType(dose.number()));
        return immunization;
    }
}

package org.ephr.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * The observations of one health assessment, chosen by age as migrant health programmes do: growth and MUAC
 * for small children, TB screening by IGRA for children and by chest X-ray from fifteen, blood pressure and a
 * depression questionnaire for adults, and one or two infectious-disease tests. Four to seven per person. Each
 * claims the profile of its code: the FHIR core vital-signs profiles, or the project's TB screening, screening
 * lab, MUAC and mental-health screening profiles.
 */
final class ScreeningObservations {
    private static final int MAX_OBSERVATIONS = 7;

    private final PersonProfile person;
    private final Draws draws;
    private final Reference patient;
    private final Reference encounter;
    private final List<Observation> observations = new ArrayList<>();

    private ScreeningObservations(PersonProfile person, Draws draws, Reference patient, Reference encounter) {
        this.person = person;
        this.draws = draws;
        this.patient = patient;
        this.encounter = encounter;
    }

    static List<Observation> create(PersonProfile person, Draws draws, Reference patient, Reference encounter) {
        ScreeningObservations screening = new ScreeningObservations(person, draws, patient, encounter);
        screening.addBodyMeasurements();
        screening.addTuberculosisScreening();
        screening.addMentalHealthScreening();
        screening.addLaboratoryTests();
        return screening.observations;
    }

    private void addBodyMeasurements() {
        long months = person.ageInMonths();
        BigDecimal heightCm = round(GrowthModel.heightCm(person, draws));
        BigDecimal weightKg = round(GrowthModel.weightKg(person, heightCm.doubleValue(), draws));
        add(ObservationCode.BODY_WEIGHT, 5).setValue(quantity(weightKg, "kg", "kg"));
        add(ObservationCode.BODY_HEIGHT, 5).setValue(quantity(heightCm, "cm", "cm"));
        if (months >= 24) {
            double metres = heightCm.doubleValue() / 100;
            BigDecimal bmi = round(weightKg.doubleValue() / (metres * metres));
            add(ObservationCode.BODY_MASS_INDEX, 5).setValue(quantity(bmi, "kg/m2", "kg/m2"));
        }
        if (months >= 6 && months < 60) {
            BigDecimal muac = round(draws.normal(14.2, 1.1, 10.5, 18.0));
            add(ObservationCode.MID_UPPER_ARM_CIRCUMFERENCE, 6).setValue(quantity(muac, "cm", "cm"));
        }
        if (person.ageInYears() >= 18) {
            addBloodPressure();
        }
    }

    private void addBloodPressure() {
        long age = person.ageInYears();
        int systolic = (int) Math.round(draws.normal(112 + 0.45 * age, 12, 90, 195));
        int diastolic = (int) Math.round(draws.normal(70 + 0.2 * age, 8, 50, 120));
        diastolic = Math.min(diastolic, systolic - 25);
        Observation bloodPressure = add(ObservationCode.BLOOD_PRESSURE, 8);
        bloodPressure
                .addComponent()
                .setCode(ObservationCode.SYSTOLIC_BLOOD_PRESSURE.toCodeableConcept())
                .setValue(quantity(BigDecimal.valueOf(systolic), "mmHg", "mm[Hg]"));
        bloodPressure
                .addComponent()
                .setCode(ObservationCode.DIASTOLIC_BLOOD_PRESSURE.toCodeableConcept())
                .setValue(quantity(BigDecimal.valueOf(diastolic), "mmHg", "mm[Hg]"));
    }

    private void addTuberculosisScreening() {
        long age = person.ageInYears();
        if (age >= 15) {
            boolean abnormal = draws.chance(0.02);
            Observation xray = add(ObservationCode.CHEST_XRAY_FINDINGS, 40);
            xray.getCode().setText("Chest X-ray for tuberculosis screening");
            xray.setValue(new CodeableConcept(
                    abnormal
                            ? new Coding(
                                    Uris.CHEST_XRAY_TB_READING_CS,
                                    "abnormal-suggestive-of-active-tb",
                                    "Abnormal, suggestive of active TB")
                            : new Coding(Uris.CHEST_XRAY_TB_READING_CS, "normal", "Normal")));
            xray.addInterpretation(interpretation(abnormal ? "A" : "N", abnormal ? "Abnormal" : "Normal"));
            xray.addNote()
                    .setText(
                            abnormal
                                    ? "Upper-lobe opacities suggestive of pulmonary tuberculosis; sputum testing"
                                            + " requested."
                                    : "No radiological signs of active pulmonary tuberculosis.");
        } else if (age >= 2) {
            addQualitative(ObservationCode.TB_INTERFERON_GAMMA_RELEASE_ASSAY, draws.chance(0.12));
        }
    }

    private void addMentalHealthScreening() {
        if (person.ageInYears() >= 18 && draws.chance(0.5)) {
            add(ObservationCode.PHQ9_TOTAL_SCORE, 30).setValue(new IntegerType(phq9Score()));
        }
    }

    /** Mostly minimal symptoms, with the tail of moderate to severe depression seen among displaced people. */
    private int phq9Score() {
        int percent = draws.between(1, 100);
        if (percent <= 58) {
            return draws.between(0, 4);
        }
        if (percent <= 80) {
            return draws.between(5, 9);
        }
        if (percent <= 92) {
            return draws.between(10, 14);
        }
        if (percent <= 98) {
            return draws.between(15, 19);
        }
        return draws.between(20, 27);
    }

    private void addLaboratoryTests() {
        List<ObservationCode> tests =
                new ArrayList<>(List.of(ObservationCode.HEPATITIS_B_SURFACE_ANTIGEN, ObservationCode.HIV_ANTIBODY));
        if (person.ageInYears() >= 15) {
            tests.add(ObservationCode.HEPATITIS_C_ANTIBODY);
            tests.add(ObservationCode.SYPHILIS_RPR);
        }
        if (person.origin().has(Origin.Trait.MALARIA_ENDEMIC)) {
            tests.add(ObservationCode.MALARIA_ANTIGEN);
        }
        int wanted = person.ageInMonths() < 24 ? 2 : draws.between(1, 2);
        int count = Math.max(1, Math.min(wanted, MAX_OBSERVATIONS - observations.size()));
        for (ObservationCode test : draws.shuffled(tests).subList(0, count)) {
            addQualitative(test, draws.chance(positiveShare(test)));
        }
    }

    private static double positiveShare(ObservationCode test) {
        return switch (test) {
            case HEPATITIS_B_SURFACE_ANTIGEN -> 0.06;
            case HIV_ANTIBODY, HEPATITIS_C_ANTIBODY -> 0.02;
            case SYPHILIS_RPR -> 0.015;
            case MALARIA_ANTIGEN -> 0.04;
            default -> 0.1;
        };
    }

    private void addQualitative(ObservationCode code, boolean positive) {
        Observation observation = add(code, 20);
        observation.setValue(new CodeableConcept(
                positive
                        ? new Coding(Uris.LOINC, "LA6576-8", "Positive")
                        : new Coding(Uris.LOINC, "LA6577-6", "Negative")));
        observation.addInterpretation(interpretation(positive ? "POS" : "NEG", positive ? "Positive" : "Negative"));
    }

    private Observation add(ObservationCode code, int minutesIntoVisit) {
        OffsetDateTime effective = person.assessmentStart().plusMinutes(minutesIntoVisit);
        Observation observation = new Observation();
        observation.getMeta().addProfile(code.profile);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(code.category.toCodeableConcept());
        observation.setCode(code.toCodeableConcept());
        observation.setSubject(patient);
        observation.setEncounter(encounter);
        observation.setEffective(FhirDates.dateTime(effective));
        observations.add(observation);
        return observation;
    }

    private static CodeableConcept interpretation(String code, String display) {
        return new CodeableConcept(new Coding(Uris.OBSERVATION_INTERPRETATION, code, display));
    }

    private static Quantity quantity(BigDecimal value, String unit, String ucum) {
        return new Quantity().setValue(value).setUnit(unit).setSystem(Uris.UCUM).setCode(ucum);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** Rough growth curves: good enough for plausible numbers, not for clinical reference. */
    private static final class GrowthModel {
        static double heightCm(PersonProfile person, Draws draws) {
            long months = person.ageInMonths();
            boolean female = person.gender() == AdministrativeGender.FEMALE;
            double adult = female ? 158 : 170;
            double mean;
            if (months < 12) {
                mean = 50 + 2.1 * months;
            } else if (months < 24) {
                mean = 75 + 1.0 * (months - 12);
            } else {
                mean = Math.min(adult, 87 + 6.0 * (months - 24) / 12.0);
            }
            return draws.normal(mean, mean * 0.04, mean * 0.85, mean * 1.15);
        }

        static double weightKg(PersonProfile person, double heightCm, Draws draws) {
            long months = person.ageInMonths();
            if (months < 24) {
                double mean = months < 12 ? 3.3 + 0.6 * months : 10.5 + 0.2 * (months - 12);
                return draws.normal(mean, mean * 0.1, mean * 0.7, mean * 1.3);
            }
            long years = person.ageInYears();
            double bmi = years < 10
                    ? draws.normal(16, 1.5, 12.5, 22)
                    : years < 18 ? draws.normal(19, 2.5, 14, 30) : draws.normal(24.5, 4, 16, 42);
            double metres = heightCm / 100;
            return bmi * metres * metres;
        }
    }
}

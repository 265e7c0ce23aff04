package org.ephr.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ephr.export.Annex2;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class ReportingFactsTest {

    private static final ReportingFacts FACTS = new ReportingFacts(Annex2.fromClasspath());
    private static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";

    @Test
    void conditionWhenConfirmedIcd10OnlyThenCaseOfMappedIhrCondition() {
        var condition = condition("A15.0", "confirmed");

        assertThat(FACTS.events(condition)).singleElement().satisfies(event -> {
            assertThat(event.measure()).isEqualTo("CASES");
            assertThat(event.category()).isEqualTo("tuberculosis");
            assertThat(event.eventDate()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(event.country()).isEqualTo("JO");
            assertThat(event.patientId()).isEqualTo("p1");
        });
    }

    @Test
    void conditionWhenProvisionalOrNotIhrRelevantThenNotACase() {
        assertThat(FACTS.events(condition("A15.0", "provisional"))).isEmpty();
        assertThat(FACTS.events(condition("J45.9", "confirmed"))).as("asthma").isEmpty();
    }

    @Test
    void conditionWhenMdrTuberculosisThenAlsoCountedAsTuberculosis() {
        var condition = condition("A15.0", "confirmed");
        condition.getCode().addCoding(new Coding(Annex2.CONDITION_SYSTEM, "mdr-tuberculosis", null));

        assertThat(FACTS.events(condition))
                .extracting(ReportingFacts.EventRow::category)
                .containsExactly("mdr-tuberculosis", "tuberculosis");
    }

    @Test
    void observationWhenPositiveMolecularTbTestThenScreeningAndConfirmedCase() {
        var xpert = tbTest("85362-2", new CodeableConcept(new Coding("http://loinc.org", "LA6576-8", "Positive")));

        assertThat(FACTS.events(xpert))
                .extracting(ReportingFacts.EventRow::measure, ReportingFacts.EventRow::category)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TB_SCREENING", "positive"),
                        org.assertj.core.groups.Tuple.tuple("CASES", "tuberculosis"));
        assertThat(FACTS.events(xpert).get(0).confirmatory()).isTrue();
    }

    @Test
    void observationWhenTbScreeningThenOutcomeByTest() {
        assertThat(outcome(tbTest(
                        "18782-3",
                        new CodeableConcept(
                                new Coding(TbOutcomes.CHEST_XRAY_READING, "abnormal-suggestive-of-active-tb", null)))))
                .isEqualTo("presumptive-tb");
        assertThat(outcome(tbTest("18782-3", new StringType("clear lungs")))).isEqualTo("not-coded");
        assertThat(outcome(tbTest("1648-5", new Quantity(12).setUnit("mm")))).isEqualTo("positive");
        assertThat(outcome(tbTest("1648-5", new Quantity(4).setUnit("mm")))).isEqualTo("negative");
        assertThat(outcome(tbTest("71773-6", new CodeableConcept(new Coding("http://loinc.org", "LA11884-6", null)))))
                .isEqualTo("indeterminate");
    }

    @Test
    void observationWhenNotTbOrNotFinalThenNothing() {
        var weight = tbTest("29463-7", new Quantity(60));
        var preliminary = tbTest("71773-6", new CodeableConcept(new Coding("http://loinc.org", "LA6576-8", null)));
        preliminary.setStatus(Observation.ObservationStatus.PRELIMINARY);

        assertThat(FACTS.events(weight)).isEmpty();
        assertThat(FACTS.events(preliminary)).isEmpty();
    }

    @Test
    void immunizationWhenCompletedWithDayThenVaccinationByCvxAndDose() {
        var immunization = new Immunization();
        immunization.setId("i1");
        immunization.setStatus(Immunization.ImmunizationStatus.COMPLETED);
        immunization.setPatient(new Reference("Patient/p1"));
        immunization.setVaccineCode(new CodeableConcept(new Coding("http://hl7.org/fhir/sid/cvx", "03", "MMR")));
        immunization.setOccurrence(new DateTimeType("2025-11-03"));
        immunization.addProtocolApplied().setDoseNumber(new PositiveIntType(2));

        assertThat(FACTS.events(immunization)).singleElement().satisfies(event -> {
            assertThat(event.category()).isEqualTo("03");
            assertThat(event.dose()).isEqualTo("2");
        });

        immunization.setOccurrence(new DateTimeType("2019"));
        assertThat(FACTS.events(immunization))
                .as("a year alone cannot be placed in a week")
                .isEmpty();
        immunization.setOccurrence(new StringType("as an infant"));
        assertThat(FACTS.events(immunization)).isEmpty();
    }

    @Test
    void encounterWhenFollowUpThenContextOnlyAndWhenAssessmentThenCounted() {
        var encounter = new Encounter();
        encounter.setId("e1");
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setSubject(new Reference("Patient/p1"));
        encounter.setServiceProvider(new Reference("Organization/site-jo-amman"));
        encounter.setPeriod(new Period().setStartElement(new DateTimeType("2026-02-10T09:00:00+03:00")));
        encounter.addType(
                new CodeableConcept(new Coding(ReportingFacts.ASSESSMENT_TYPES, "follow-up-consultation", null)));

        assertThat(FACTS.events(encounter)).singleElement().satisfies(event -> {
            assertThat(event.measure()).isEqualTo(ReportingFacts.CONTEXT);
            assertThat(event.site()).isEqualTo("site-jo-amman");
        });

        encounter.getTypeFirstRep().getCodingFirstRep().setCode("arrival-health-screening");
        assertThat(FACTS.events(encounter)).singleElement().satisfies(event -> assertThat(event.measure())
                .isEqualTo("ASSESSMENTS"));
        encounter.setStatus(Encounter.EncounterStatus.CANCELLED);
        assertThat(FACTS.events(encounter)).singleElement().satisfies(event -> assertThat(event.measure())
                .isEqualTo(ReportingFacts.CONTEXT));
    }

    @Test
    void patientWhenYearOnlyBirthDateThenMidYearAndAttributesRead() {
        var patient = new Patient();
        patient.setId("p1");
        patient.setGender(AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new DateType("1990"));
        patient.setManagingOrganization(new Reference("Organization/site-jo-irbid"));
        patient.addExtension()
                .setUrl(ReportingFacts.NATIONALITY)
                .addExtension("code", new CodeableConcept(new Coding("urn:iso:std:iso:3166", "SY", null)));

        assertThat(FACTS.patient(patient)).hasValueSatisfying(row -> {
            assertThat(row.birthDate()).isEqualTo(LocalDate.of(1990, 7, 1));
            assertThat(row.sex()).isEqualTo("female");
            assertThat(row.nationality()).isEqualTo("SY");
            assertThat(row.migrationStatus()).isEqualTo("unknown");
            assertThat(row.site()).isEqualTo("site-jo-irbid");
        });
    }

    @Test
    void patientWhenMigrationStatusHistoryThenCurrentStatus() {
        var patient = new Patient();
        patient.setId("p2");
        status(patient, "asylum-seeker", "2024-01-10", "2025-03-01");
        status(patient, "refugee", "2025-03-01", null);
        status(patient, "irregular-migrant", "2023-05-01", null);

        assertThat(FACTS.patient(patient))
                .hasValueSatisfying(row -> assertThat(row.migrationStatus()).isEqualTo("refugee"));
    }

    private static void status(Patient patient, String code, String start, String end) {
        var status = patient.addExtension().setUrl(ReportingFacts.MIGRATION_STATUS);
        status.addExtension("status", new CodeableConcept(new Coding("urn:test", code, null)));
        status.addExtension(
                "period",
                new Period()
                        .setStartElement(new DateTimeType(start))
                        .setEndElement(end == null ? null : new DateTimeType(end)));
    }

    private static String outcome(Observation observation) {
        List<ReportingFacts.EventRow> events = FACTS.events(observation);
        assertThat(events).isNotEmpty();
        return events.get(0).category();
    }

    private static Condition condition(String icd10, String verification) {
        var condition = new Condition();
        condition.setId("c1");
        condition.setSubject(new Reference("Patient/p1"));
        condition.setVerificationStatus(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", verification, null)));
        condition.setCode(new CodeableConcept(new Coding(ICD10, icd10, null)));
        condition.setRecordedDateElement(new DateTimeType("2026-03-04T23:30:00+03:00"));
        condition.addExtension(
                ReportingFacts.COUNTRY_OF_DETECTION,
                new CodeableConcept(new Coding("urn:iso:std:iso:3166", "jo", null)));
        return condition;
    }

    private static Observation tbTest(String loinc, org.hl7.fhir.r4.model.Type value) {
        var observation = new Observation();
        observation.setId("o1");
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(new CodeableConcept(new Coding("http://loinc.org", loinc, null)));
        observation.setSubject(new Reference("Patient/p1"));
        observation.setEffective(new DateTimeType("2026-03-04T10:00:00Z"));
        observation.setValue(value);
        return observation;
    }
}

package org.ephr.synthetic;

import java.time.OffsetDateTime;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * The health assessment visit that the observations belong to, conforming to the MigrantEncounter profile: the
 * pre-departure health assessment of a resettlement case, otherwise the health screening after arrival; always
 * in the host country.
 */
final class EncounterFactory {
    static final String PRE_DEPARTURE_HEALTH_ASSESSMENT = "pre-departure-health-assessment";
    static final String ARRIVAL_HEALTH_SCREENING = "arrival-health-screening";

    private EncounterFactory() {}

    static Encounter healthAssessment(PersonProfile person, Reference patient, Draws draws) {
        OffsetDateTime start = person.assessmentStart();
        OffsetDateTime end = start.plusMinutes(15L * draws.between(2, 8));
        Encounter encounter = new Encounter();
        encounter.getMeta().addProfile(Uris.MIGRANT_ENCOUNTER);
        encounter.addExtension(
                Uris.ASSESSMENT_COUNTRY, PatientFactory.country(person.host().country()));
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding(Uris.ACT_CODE, "AMB", "ambulatory"));
        encounter.addType(assessmentType(person));
        encounter.setSubject(patient);
        encounter.setPeriod(
                new Period().setStartElement(FhirDates.dateTime(start)).setEndElement(FhirDates.dateTime(end)));
        return encounter;
    }

    private static CodeableConcept assessmentType(PersonProfile person) {
        Coding type = person.journey().resettlementCase()
                ? new Coding(
                        Uris.ASSESSMENT_TYPE_CS, PRE_DEPARTURE_HEALTH_ASSESSMENT, "Pre-departure health assessment")
                : new Coding(Uris.ASSESSMENT_TYPE_CS, ARRIVAL_HEALTH_SCREENING, "Arrival health screening");
        return new CodeableConcept(type);
    }
}

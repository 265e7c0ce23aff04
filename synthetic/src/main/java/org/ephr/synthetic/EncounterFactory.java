package org.ephr.synthetic;

import java.time.OffsetDateTime;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/** The health assessment visit that the observations belong to. */
final class EncounterFactory {
    static final String HEALTH_ASSESSMENT = "health-assessment";

    private EncounterFactory() {}

    static Encounter healthAssessment(PersonProfile person, Reference patient, Draws draws) {
        OffsetDateTime start = person.assessmentStart();
        OffsetDateTime end = start.plusMinutes(15L * draws.between(2, 8));
        Encounter encounter = new Encounter();
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding(Uris.ACT_CODE, "AMB", "ambulatory"));
        encounter.addType(
                new CodeableConcept(new Coding(Uris.ENCOUNTER_TYPE, HEALTH_ASSESSMENT, "Migrant health assessment")));
        encounter.setSubject(patient);
        encounter.setPeriod(
                new Period().setStartElement(FhirDates.dateTime(start)).setEndElement(FhirDates.dateTime(end)));
        return encounter;
    }
}

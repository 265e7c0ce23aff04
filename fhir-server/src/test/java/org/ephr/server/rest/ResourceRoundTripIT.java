package org.ephr.server.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ephr.server.support.ClinicalFixtures.BODY_WEIGHT;
import static org.ephr.server.support.ClinicalFixtures.CVX;
import static org.ephr.server.support.ClinicalFixtures.EPHR_NUMBER_SYSTEM;
import static org.ephr.server.support.ClinicalFixtures.LOINC;

import java.util.function.Consumer;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.PostgresServerTestBase;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Create, read, update, search and history for the resources a migrant's record is made of. */
class ResourceRoundTripIT extends PostgresServerTestBase {

    @Test
    void patientSurvivesCreateReadUpdateSearchAndHistory() {
        String ephrNumber = ClinicalFixtures.newEphrNumber();
        IIdType id = roundTrip(ClinicalFixtures.patient(ephrNumber), Patient.class, patient -> patient.addName()
                .setFamily("Hadad")
                .addGiven("Amal"));

        Patient stored = client().read()
                .resource(Patient.class)
                .withId(id.toUnqualifiedVersionless())
                .execute();
        assertThat(stored.getName()).extracting(name -> name.getFamily()).containsExactly("Haddad", "حداد", "Hadad");
        assertThat(stored.getBirthDateElement().getValueAsString()).isEqualTo("1991");

        Bundle found = client().search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(EPHR_NUMBER_SYSTEM, ephrNumber))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(found.getEntry()).singleElement().satisfies(entry -> assertThat(
                        entry.getResource().getIdElement().getIdPart())
                .isEqualTo(id.getIdPart()));
    }

    @Test
    void observationSurvivesCreateReadUpdateSearchAndHistory() {
        IIdType patientId = createPatient();
        IIdType id = roundTrip(
                ClinicalFixtures.bodyWeight(new Reference(patientId), 61.5),
                Observation.class,
                observation -> observation.setValue(new Quantity()
                        .setValue(62.0)
                        .setUnit("kg")
                        .setSystem("http://unitsofmeasure.org")
                        .setCode("kg")));

        Bundle found = client().search()
                .forResource(Observation.class)
                .where(Observation.PATIENT.hasId(patientId.getIdPart()))
                .and(Observation.CODE.exactly().systemAndCode(LOINC, BODY_WEIGHT))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(found.getEntry()).singleElement().satisfies(entry -> {
            var observation = (Observation) entry.getResource();
            assertThat(observation.getIdElement().getIdPart()).isEqualTo(id.getIdPart());
            assertThat(observation.getValueQuantity().getValue()).isEqualByComparingTo("62.0");
        });
    }

    @Test
    void immunizationSurvivesCreateReadUpdateSearchAndHistory() {
        IIdType patientId = createPatient();
        IIdType id = roundTrip(
                ClinicalFixtures.measlesMumpsRubella(new Reference(patientId)),
                Immunization.class,
                immunization -> immunization.setLotNumber("MMR-2025-118"));

        Bundle found = client().search()
                .forResource(Immunization.class)
                .where(Immunization.PATIENT.hasId(patientId.getIdPart()))
                .and(Immunization.VACCINE_CODE.exactly().systemAndCode(CVX, "03"))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(found.getEntry()).singleElement().satisfies(entry -> {
            var immunization = (Immunization) entry.getResource();
            assertThat(immunization.getIdElement().getIdPart()).isEqualTo(id.getIdPart());
            assertThat(immunization.getLotNumber()).isEqualTo("MMR-2025-118");
        });
    }

    private IIdType createPatient() {
        return new IdType("Patient", newPatientId());
    }

    /**
     * Creates the resource, reads it back, applies {@code change} as an update, and checks that the history holds
     * both versions with the original content in version 1.
     */
    private <T extends Resource> IIdType roundTrip(T resource, Class<T> type, Consumer<T> change) {
        var created = client().create().resource(resource).execute();
        assertThat(created.getCreated()).isTrue();
        IIdType id = created.getId();
        assertThat(id.getVersionIdPart()).isEqualTo("1");

        T read = client().read()
                .resource(type)
                .withId(id.toUnqualifiedVersionless())
                .execute();
        assertThat(FHIR.newJsonParser().encodeResourceToString(withoutMeta(read)))
                .isEqualTo(FHIR.newJsonParser().encodeResourceToString(withoutMeta(resource)));

        change.accept(read);
        var updated = client().update().resource(read).execute();
        assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");

        Bundle history = client().history()
                .onInstance(id.toUnqualifiedVersionless())
                .returnBundle(Bundle.class)
                .execute();
        assertThat(history.getEntry())
                .extracting(entry -> entry.getResource().getMeta().getVersionId())
                .containsExactly("2", "1");
        T firstVersion =
                client().read().resource(type).withId(id.withVersion("1")).execute();
        assertThat(FHIR.newJsonParser().encodeResourceToString(withoutMeta(firstVersion)))
                .isEqualTo(FHIR.newJsonParser().encodeResourceToString(withoutMeta(resource)));
        return updated.getId();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Resource> T withoutMeta(T resource) {
        T copy = (T) resource.copy();
        copy.setId((String) null);
        copy.setMeta(null);
        return copy;
    }
}

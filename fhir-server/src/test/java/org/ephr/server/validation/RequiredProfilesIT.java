package org.ephr.server.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.ConformanceExamples;
import org.ephr.server.support.PostgresServerTestBase;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With {@code ephr.validation.require-migrant-profiles}, clinical writes must claim an e-PHR profile. */
@TestPropertySource(properties = "ephr.validation.require-migrant-profiles=true")
class RequiredProfilesIT extends PostgresServerTestBase {

    @Test
    void createWhenPatientClaimsNoProfileThenUnprocessableAndNothingStored() {
        Patient plain = ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber());
        long before = storedResourceCount();

        assertThatThrownBy(() -> client().create().resource(plain).execute())
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("migrant-patient");
        assertThat(storedResourceCount()).isEqualTo(before);
    }

    @Test
    void createWhenPatientClaimsAndMeetsTheMigrantProfileThenCreated() {
        assertThat(client().create().resource(newMigrantPatient()).execute().getCreated())
                .isTrue();
    }

    @Test
    void createWhenObservationClaimsACoreVitalSignsProfileThenAccepted() {
        Observation weight = ConformanceExamples.byId(Observation.class, "body-weight-example");
        weight.setId((String) null);
        weight.setSubject(new Reference(createdMigrantPatient()));
        weight.setEncounter(null);

        assertThat(client().create().resource(weight).execute().getCreated()).isTrue();
    }

    @Test
    void createWhenTypeIsNotRequiredToBeProfiledThenPlainFhirAccepted() {
        var encounter = new Encounter();
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter
                .getClass_()
                .setSystem("http://terminology.hl7.org/CodeSystem/v3-ActCode")
                .setCode("AMB");

        assertThat(client().create().resource(encounter).execute().getCreated()).isTrue();
    }

    private String createdMigrantPatient() {
        return client().create()
                .resource(newMigrantPatient())
                .execute()
                .getId()
                .toUnqualifiedVersionless()
                .getValue();
    }

    /** The profile's example patient, stand-alone: a fresh e-PHR number, no reference to the example's site. */
    private static Patient newMigrantPatient() {
        Patient patient = ConformanceExamples.byId(Patient.class, "migrant-patient-example");
        patient.setId((String) null);
        patient.setManagingOrganization(null);
        patient.setIdentifier(List.of(new Identifier()
                .setSystem(ClinicalFixtures.EPHR_NUMBER_SYSTEM)
                .setValue(ClinicalFixtures.newEphrNumber())));
        return patient;
    }
}

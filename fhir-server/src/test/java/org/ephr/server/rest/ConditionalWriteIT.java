package org.ephr.server.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ephr.server.support.ClinicalFixtures.EPHR_NUMBER_SYSTEM;

import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.PostgresServerTestBase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Writes keyed on business identifiers and versions, so re-sent or concurrent writes lose and duplicate nothing. */
class ConditionalWriteIT extends PostgresServerTestBase {

    @Test
    void conditionalCreateWhenIdentifierAlreadyStoredThenNoSecondPatient() {
        String ephrNumber = ClinicalFixtures.newEphrNumber();
        String match = "Patient?identifier=" + EPHR_NUMBER_SYSTEM + "|" + ephrNumber;

        var first = client().create()
                .resource(ClinicalFixtures.patient(ephrNumber))
                .conditionalByUrl(match)
                .execute();
        var resent = client().create()
                .resource(ClinicalFixtures.patient(ephrNumber))
                .conditionalByUrl(match)
                .execute();

        assertThat(first.getCreated()).isTrue();
        assertThat(resent.getCreated()).isNotEqualTo(Boolean.TRUE);
        assertThat(resent.getId().getIdPart()).isEqualTo(first.getId().getIdPart());
        assertThat(patientsWith(ephrNumber)).isEqualTo(1);
    }

    @Test
    void conditionalUpdateWhenIdentifierUnknownThenCreatesAndLaterUpdatesTheSamePatient() {
        String ephrNumber = ClinicalFixtures.newEphrNumber();
        String match = "Patient?identifier=" + EPHR_NUMBER_SYSTEM + "|" + ephrNumber;

        var created = client().update()
                .resource(ClinicalFixtures.patient(ephrNumber))
                .conditionalByUrl(match)
                .execute();
        Patient changed = ClinicalFixtures.patient(ephrNumber);
        changed.getNameFirstRep().setFamily("Al-Haddad");
        var updated =
                client().update().resource(changed).conditionalByUrl(match).execute();

        assertThat(created.getCreated()).isTrue();
        assertThat(updated.getId().getIdPart()).isEqualTo(created.getId().getIdPart());
        assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");
        assertThat(patientsWith(ephrNumber)).isEqualTo(1);
    }

    @Test
    void updateWhenIfMatchVersionIsStaleThenPreconditionFailedAndNewerVersionKept() {
        var created = client().create()
                .resource(ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber()))
                .execute();
        Patient readByFirstClinician = client().read()
                .resource(Patient.class)
                .withId(created.getId().toUnqualifiedVersionless())
                .execute();
        Patient readBySecondClinician = readByFirstClinician.copy();

        readByFirstClinician.getNameFirstRep().setFamily("Haddad-Updated");
        client().update().resource(readByFirstClinician).execute();

        readBySecondClinician.getNameFirstRep().setFamily("Overwrite-Attempt");
        readBySecondClinician.setId(readBySecondClinician.getIdElement().withVersion("1"));
        assertThatThrownBy(() -> client().update()
                        .resource(readBySecondClinician)
                        .withId(readBySecondClinician.getIdElement())
                        .execute())
                .isInstanceOf(PreconditionFailedException.class);

        Patient current = client().read()
                .resource(Patient.class)
                .withId(created.getId().toUnqualifiedVersionless())
                .execute();
        assertThat(current.getNameFirstRep().getFamily()).isEqualTo("Haddad-Updated");
    }

    private int patientsWith(String ephrNumber) {
        return client().search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(EPHR_NUMBER_SYSTEM, ephrNumber))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .size();
    }
}

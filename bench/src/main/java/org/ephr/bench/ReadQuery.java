package org.ephr.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.Random;
import org.ephr.synthetic.MigrantPopulation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;

/** The reads a clinician's view of a record makes, each answered from one loaded patient. */
enum ReadQuery {
    PATIENT_BY_IDENTIFIER("patient-by-identifier", "Patient?identifier=<system>|<e-PHR number>") {
        @Override
        Bundle execute(IGenericClient client, LoadedPatient patient, Random random) {
            return client.search()
                    .forResource(Patient.class)
                    .where(Patient.IDENTIFIER
                            .exactly()
                            .systemAndIdentifier(MigrantPopulation.EPHR_NUMBER_SYSTEM, patient.ephrNumber()))
                    .returnBundle(Bundle.class)
                    .execute();
        }
    },
    OBSERVATIONS_BY_PATIENT_AND_CODE(
            "observations-by-patient-and-code", "Observation?patient=<id>&code=http://loinc.org|<code>") {
        @Override
        Bundle execute(IGenericClient client, LoadedPatient patient, Random random) {
            String code = patient.observationCodes()
                    .get(random.nextInt(patient.observationCodes().size()));
            return client.search()
                    .forResource(Observation.class)
                    .where(Observation.PATIENT.hasId(patient.id()))
                    .and(Observation.CODE.exactly().systemAndCode("http://loinc.org", code))
                    .returnBundle(Bundle.class)
                    .execute();
        }
    },
    PATIENT_SUMMARY("patient-summary", "Patient/<id>/$summary (IPS document)") {
        @Override
        Bundle execute(IGenericClient client, LoadedPatient patient, Random random) {
            return patientOperation(client, patient, "$summary");
        }
    },
    PATIENT_EVERYTHING("patient-everything", "Patient/<id>/$everything (first page)") {
        @Override
        Bundle execute(IGenericClient client, LoadedPatient patient, Random random) {
            return patientOperation(client, patient, "$everything");
        }
    };

    /** Name used in RESULT lines. */
    final String key;

    final String description;

    ReadQuery(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** Every query is built so that it finds at least one resource for a loaded patient. */
    abstract Bundle execute(IGenericClient client, LoadedPatient patient, Random random);

    /** A GET operation on the patient's instance that answers a Bundle. */
    private static Bundle patientOperation(IGenericClient client, LoadedPatient patient, String operation) {
        return client.operation()
                .onInstance(new IdType("Patient", patient.id()))
                .named(operation)
                .withNoParameters(Parameters.class)
                .useHttpGet()
                .returnResourceType(Bundle.class)
                .execute();
    }
}

package org.ephr.server.matching;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import org.ephr.server.config.FhirServerCustomizer;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Duplicate records of one person: {@code Patient/$match} proposes, a reviewer links; nothing is merged. */
@Configuration(proxyBeanMethods = false)
class MatchingConfig {

    @Bean
    FhirServerCustomizer patientMatchOperation(DaoRegistry daos) {
        return server -> server.registerProvider(new PatientMatchOperation(daos.getResourceDao(Patient.class)));
    }
}

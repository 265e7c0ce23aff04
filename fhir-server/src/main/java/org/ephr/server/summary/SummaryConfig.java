package org.ephr.server.summary;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.ips.generator.IIpsGeneratorSvc;
import ca.uhn.fhir.jpa.ips.generator.IpsGeneratorSvcImpl;
import ca.uhn.fhir.jpa.ips.provider.IpsOperationProvider;
import org.ephr.server.config.FhirServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The patient summary for cross-border care: the International Patient Summary document ({@code Patient/[id]/$summary},
 * or {@code Patient/$summary?identifier=}) from HAPI's IPS generator with the e-PHR's migrant sections. It reads
 * through the caller's request, so access rules and the patient's consent decide what it contains.
 */
@Configuration(proxyBeanMethods = false)
class SummaryConfig {

    @Bean
    IIpsGeneratorSvc ipsGenerator(FhirContext fhirContext, DaoRegistry daos) {
        var strategy = new MigrantSummaryStrategy("Migrant e-PHR");
        strategy.setFhirContext(fhirContext);
        strategy.setDaoRegistry(daos);
        return new IpsGeneratorSvcImpl(fhirContext, strategy);
    }

    @Bean
    FhirServerCustomizer patientSummaryOperation(IIpsGeneratorSvc generator) {
        return server -> server.registerProvider(new IpsOperationProvider(generator));
    }
}

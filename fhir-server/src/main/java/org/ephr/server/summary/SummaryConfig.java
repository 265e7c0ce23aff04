package org.ephr.server.summary;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.ips.generator.IIpsGeneratorSvc;
import ca.uhn.fhir.jpa.ips.provider.IpsOperationProvider;
import org.ephr.server.config.FhirServerCustomizer;
import org.ephr.server.conformance.ConformancePackage;
import org.ephr.server.summary.print.PrintableRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The patient summary for cross-border care: the International Patient Summary document ({@code Patient/[id]/$summary},
 * or {@code Patient/$summary} with an identifier) from HAPI's IPS generator with the e-PHR's migrant sections, and the
 * same summary printed ({@code $printable-summary}, PDF or HTML, English, French or Arabic). They read through the
 * caller's request, so access rules and the patient's consent decide what they contain.
 */
@Configuration(proxyBeanMethods = false)
class SummaryConfig {

    @Bean
    IIpsGeneratorSvc ipsGenerator(FhirContext fhirContext, DaoRegistry daos) {
        var strategy = new MigrantSummaryStrategy("Migrant e-PHR");
        strategy.setFhirContext(fhirContext);
        strategy.setDaoRegistry(daos);
        return new CachingIpsGeneratorSvc(fhirContext, strategy);
    }

    @Bean
    PrintableRecord printableRecord(ConformancePackage conformancePackage) {
        return new PrintableRecord(conformancePackage);
    }

    @Bean
    FhirServerCustomizer patientSummaryOperations(IIpsGeneratorSvc generator, PrintableRecord printer) {
        return server -> {
            server.registerProvider(new IpsOperationProvider(generator));
            server.registerProvider(new PrintableSummaryOperation(generator, printer));
        };
    }
}

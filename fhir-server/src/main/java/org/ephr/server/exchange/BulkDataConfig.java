package org.ephr.server.exchange;

import ca.uhn.fhir.batch2.jobs.export.BulkDataExportProvider;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import org.ephr.server.config.FhirServerCustomizer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records in bulk, out and in. Out: FHIR Bulk Data export with HAPI's provider and Batch2 job: {@code $export} at
 * system, Group and Patient level, asynchronous ({@code Prefer: respond-async}, then {@code $export-poll-status}),
 * NDJSON files served as Binary.
 * Who may export, and whose records go into the files, is decided by access control and consent
 * ({@code security.BulkExportAccess}, {@code consent.BulkExportConsent}). In: {@code $load-ndjson}.
 */
@Configuration(proxyBeanMethods = false)
class BulkDataConfig {

    @Bean
    FhirServerCustomizer bulkData(
            BulkDataExportProvider exportProvider,
            FhirContext fhirContext,
            IFhirSystemDao<Bundle, Meta> systemDao,
            ExchangeProperties properties) {
        var load = new NdjsonLoadOperation(fhirContext, systemDao, properties.maxLoadResources());
        return server -> {
            server.registerProvider(exportProvider);
            server.registerProvider(load);
        };
    }
}

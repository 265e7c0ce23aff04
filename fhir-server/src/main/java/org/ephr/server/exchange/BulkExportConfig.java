package org.ephr.server.exchange;

import ca.uhn.fhir.batch2.jobs.export.BulkDataExportProvider;
import org.ephr.server.config.FhirServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * FHIR Bulk Data export with HAPI's provider and Batch2 job: {@code $export} at system, Group and Patient level,
 * asynchronous ({@code Prefer: respond-async}, then {@code $export-poll-status}), NDJSON files served as Binary.
 * Who may export, and whose records go into the files, is decided by access control and consent
 * ({@code security.BulkExportAccess}, {@code consent.BulkExportConsent}).
 */
@Configuration(proxyBeanMethods = false)
class BulkExportConfig {

    @Bean
    FhirServerCustomizer bulkDataExport(BulkDataExportProvider provider) {
        return server -> server.registerProvider(provider);
    }
}

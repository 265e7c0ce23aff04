package org.ephr.server.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The REST face of the FHIR server: where it is mounted and what it accepts.
 *
 * @param serverAddress absolute base URL used in links; empty means "derive from the request"
 * @param defaultPageSize search page size when the client gives no {@code _count}
 * @param maxPageSize the largest page a client may ask for; larger {@code _count} values are capped
 * @param maxRequestSize the largest request body accepted, anything bigger gets 413
 * @param maxBundleEntries the most entries a transaction or batch bundle may carry
 * @param jobStepInterval how often background jobs (bulk export, reindexing) are moved on to their next step
 */
@ConfigurationProperties("ephr.fhir")
public record FhirServerProperties(
        @DefaultValue("") String serverAddress,
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("200") int maxPageSize,
        @DefaultValue("10MB") DataSize maxRequestSize,
        @DefaultValue("1000") int maxBundleEntries,
        @DefaultValue("5s") Duration jobStepInterval) {}

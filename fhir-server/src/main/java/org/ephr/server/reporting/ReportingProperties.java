package org.ephr.server.reporting;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * IHR aggregated reporting.
 *
 * @param enabled {@code false} keeps no reporting projection and offers no report operations
 * @param suppressionThreshold counts from 1 to this minus one are suppressed (with complements)
 * @param reporter the reporting organisation's code written into every report (a country or programme, never a
 *     person)
 * @param signingKey a PKCS#8 PEM Ed25519 private key that signs reports; empty generates a local development key
 *     under {@code keyDirectory}
 * @param keyDirectory where the generated development key is kept
 * @param focalPointSystem identifier system of the National IHR Focal Points that alerts are addressed to (the
 *     value is the country code)
 * @param alertSweepInterval how often alerts a crash may have interrupted are looked for (new cases are alerted
 *     right after their write commits)
 */
@ConfigurationProperties("ephr.reporting")
public record ReportingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5") int suppressionThreshold,
        @DefaultValue("ephr") String reporter,
        @DefaultValue("") String signingKey,
        @DefaultValue("./.data/reporting-keys") Path keyDirectory,
        @DefaultValue("https://fhir.migrant-ephr.org/sid/ihr-focal-point") String focalPointSystem,
        @DefaultValue("PT1M") Duration alertSweepInterval) {}

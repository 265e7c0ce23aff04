package org.ephr.server.consent;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param withoutConsent who sees the record of a patient who has no active privacy consent
 * @param breakGlassDuration how long an emergency (break-glass) access to one patient lasts
 * @param factsCacheSize how many patients' custodian and consents are kept in memory; a write of a Patient or a
 *     Consent evicts that patient at once on this node
 * @param factsCacheTtl the longest another node's consent change can go unseen here (several nodes only)
 */
@ConfigurationProperties("ephr.consent")
public record ConsentProperties(
        @DefaultValue("custodian-only") WithoutConsent withoutConsent,
        @DefaultValue("1h") Duration breakGlassDuration,
        @DefaultValue("100000") int factsCacheSize,
        @DefaultValue("30s") Duration factsCacheTtl) {

    public enum WithoutConsent {
        /** Only the site that holds the record (and its national system) sees it. */
        CUSTODIAN_ONLY,
        /** Every clinician and national system may see it, for treatment. */
        TREATMENT_ANYWHERE
    }
}

package org.ephr.server.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled {@code false} writes no audit trail at all (benchmarks of the bare server only)
 * @param referenceBase the base URL the audit events' references carry ({@code <base>/Patient/123}); stored as
 *     logical references, so that an audit event never blocks deleting what it mentions nor fails because a user's
 *     {@code fhirUser} resource does not exist
 * @param checkpointInterval how often the chain's head is signed; events after the last checkpoint are protected
 *     by the hash chain only
 * @param signingKey a PKCS#8 PEM Ed25519 private key; empty generates a local development key under
 *     {@code keyDirectory} at first start
 * @param keyDirectory where the generated development key is kept
 * @param queueCapacity audit events waiting for the writer; beyond it a request waits up to a second, then the
 *     event is dropped and logged
 */
@ConfigurationProperties("ephr.audit")
public record AuditProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8080/fhir") String referenceBase,
        @DefaultValue("PT5M") Duration checkpointInterval,
        @DefaultValue("") String signingKey,
        @DefaultValue("./.data/audit-keys") Path keyDirectory,
        @DefaultValue("10000") int queueCapacity) {

    public AuditProperties {
        while (referenceBase.endsWith("/")) {
            referenceBase = referenceBase.substring(0, referenceBase.length() - 1);
        }
    }
}

package org.ephr.server.exchange;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Exchange with national systems: signatures and bulk loading.
 *
 * @param signerName how this server is named when its signature is verified
 * @param signingKey a PKCS#8 PEM Ed25519 private key that signs the documents this server hands out; empty
 *     generates a local development key under {@code keyDirectory}
 * @param keyDirectory where the generated development key is kept
 * @param trustedKeys public keys (SubjectPublicKeyInfo PEM files) of the national systems whose signatures
 *     {@code $verify-signature} accepts, by the name it reports
 * @param maxLoadResources the most resources one {@code $load-ndjson} request may carry (one transaction)
 */
@ConfigurationProperties("ephr.exchange")
public record ExchangeProperties(
        @DefaultValue("Migrant e-PHR") String signerName,
        @DefaultValue("") String signingKey,
        @DefaultValue("./.data/exchange-keys") Path keyDirectory,
        Map<String, Path> trustedKeys,
        @DefaultValue("10000") int maxLoadResources) {

    public ExchangeProperties {
        trustedKeys = trustedKeys == null ? Map.of() : Map.copyOf(trustedKeys);
    }
}

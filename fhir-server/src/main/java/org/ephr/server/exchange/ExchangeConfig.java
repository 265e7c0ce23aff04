package org.ephr.server.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.ephr.export.ReportSignature;
import org.ephr.export.ReportSigner;
import org.ephr.server.config.FhirServerCustomizer;
import org.ephr.server.keys.SigningKeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Signed exchange: the patient summaries handed out carry a detached JWS over their bytes; {@code $verify-signature}
 * checks such a signature, by this server or by a trusted national system.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeConfig {

    static final String GENERATED_KEY_NAME = "exchange-signing-key";
    private static final Logger log = LoggerFactory.getLogger(ExchangeConfig.class);

    @Bean
    ReportSigner exchangeSigner(ExchangeProperties properties) {
        var source = new SigningKeyFiles.KeySource(
                "exchanged documents",
                "ephr.exchange.signing-key (EPHR_EXCHANGE_SIGNING_KEY)",
                properties.signingKey(),
                properties.keyDirectory(),
                GENERATED_KEY_NAME);
        ReportSigner signer = SigningKeyFiles.detachedJwsSigner(source);
        log.info("Exchanged documents are signed with key id {}", signer.keyId());
        return signer;
    }

    @Bean
    FilterRegistrationBean<DocumentSigningFilter> documentSigningFilter(
            @Qualifier("exchangeSigner") ReportSigner exchangeSigner) {
        var registration = new FilterRegistrationBean<>(new DocumentSigningFilter(exchangeSigner));
        registration.addUrlPatterns("/fhir/*");
        return registration;
    }

    @Bean
    FhirServerCustomizer signatureVerification(
            @Qualifier("exchangeSigner") ReportSigner exchangeSigner, ExchangeProperties properties) {
        Map<String, VerifySignatureOperation.TrustedKey> trusted = new HashMap<>();
        properties.trustedKeys().forEach((name, file) -> {
            try {
                var key = ReportSignature.publicKeyFromPem(Files.readString(file, StandardCharsets.US_ASCII));
                trusted.put(ReportSignature.keyId(key), new VerifySignatureOperation.TrustedKey(name, key));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the trusted key of " + name + " from " + file, e);
            }
        });
        log.info("{} trusted national signing key(s)", trusted.size());
        var operation = new VerifySignatureOperation(exchangeSigner, properties.signerName(), Map.copyOf(trusted));
        return server -> server.registerProvider(operation);
    }
}

package org.ephr.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import org.ephr.server.config.FhirServerCustomizer;
import org.ephr.server.keys.SigningKeyFiles;
import org.ephr.server.security.SecurityProperties;
import org.hl7.fhir.r4.model.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail: every REST access, change and refusal becomes an AuditEvent in the shape of IHE BALP, stored in
 * tables of its own in the FHIR database ({@link AuditEventStore}) by one background writer, hash-chained and
 * periodically signed; {@code $verify-audit-chain} checks it. See {@link RequestAuditRecorder} for what is
 * recorded and {@link AuditChain} for the chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ephr.audit.enabled", havingValue = "true", matchIfMissing = true)
class AuditConfig {

    /** Audit hooks run after consent (100) and authorization (200): they record what those let through. */
    static final int AFTER_ACCESS_DECISIONS = 1000;
    /** File name (without {@code .pem}) of a generated development key in the key directory. */
    static final String GENERATED_KEY_NAME = "audit-signing-key";

    private static final Logger log = LoggerFactory.getLogger(AuditConfig.class);

    @Bean
    AuditChainStore auditChainStore(JdbcTemplate jdbc) {
        var store = new AuditChainStore(jdbc);
        store.createTablesIfMissing();
        return store;
    }

    /** Depends on the chain store: its tables must exist before the events' (migration reads both). */
    @Bean
    AuditEventStore auditEventStore(JdbcTemplate jdbc, AuditChainStore chainStore) {
        var store = new AuditEventStore(jdbc);
        store.createTablesIfMissing();
        return store;
    }

    @Bean
    ApplicationRunner legacyAuditEventMigration(
            AuditEventStore store,
            DaoRegistry daos,
            AuditEventHasher hasher,
            PlatformTransactionManager transactionManager) {
        var migration = new LegacyAuditEventMigration(
                store, daos.getResourceDao(AuditEvent.class), hasher, new TransactionTemplate(transactionManager));
        return arguments -> migration.run();
    }

    @Bean
    AuditEventProvider auditEventProvider(
            AuditEventStore store, FhirContext fhirContext, IInterceptorService storageHooks) {
        return new AuditEventProvider(store, fhirContext, storageHooks);
    }

    @Bean
    CheckpointSigner auditCheckpointSigner(AuditProperties properties) {
        var source = new SigningKeyFiles.KeySource(
                "audit checkpoints",
                "ephr.audit.signing-key (EPHR_AUDIT_SIGNING_KEY)",
                properties.signingKey(),
                properties.keyDirectory(),
                GENERATED_KEY_NAME);
        CheckpointSigner signer = CheckpointSigner.fromPkcs8Pem(SigningKeyFiles.privateKeyPem(source));
        log.info("Audit checkpoint signing key id {}", signer.keyId());
        return signer;
    }

    @Bean
    AuditEventHasher auditEventHasher(FhirContext fhirContext) {
        return new AuditEventHasher(fhirContext);
    }

    @Bean
    AuditChain auditChain(
            AuditEventStore events,
            AuditChainStore store,
            AuditEventHasher hasher,
            CheckpointSigner signer,
            PlatformTransactionManager transactionManager) {
        return new AuditChain(
                events, store, hasher, signer, new TransactionTemplate(transactionManager), Clock.systemUTC());
    }

    @Bean
    AuditTrailWriter auditTrailWriter(
            AuditChain chain, AuditProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new AuditTrailWriter(chain, properties, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** Audit references are absolute under the reference base: an event must outlive what it mentions. */
    @Bean
    CallerAuditContext callerAuditContext(AuditProperties properties, SecurityProperties security) {
        return new CallerAuditContext(properties.referenceBase(), security.enabled());
    }

    @Bean
    ExportDisclosureAuditor exportDisclosureAuditor(
            AuditTrailWriter writer, CallerAuditContext context, AuditProperties properties) {
        return new ExportDisclosureAuditor(writer, context, properties.referenceBase());
    }

    @Bean
    RequestAuditRecorder requestAuditRecorder(AuditTrailWriter writer, CallerAuditContext context) {
        return new RequestAuditRecorder(writer, context);
    }

    @Bean
    AuditChainVerifier auditChainVerifier(AuditChainStore store, AuditEventStore events, CheckpointSigner signer) {
        return new AuditChainVerifier(store, events, signer);
    }

    /** HAPI's AuditEvent provider gives way to the trail's own, over its own tables. */
    @Bean
    FhirServerCustomizer auditTrail(
            RequestAuditRecorder recorder,
            CallerAuditContext context,
            AuditChainVerifier verifier,
            AuditTrailWriter writer,
            AuditEventProvider auditEvents) {
        return server -> {
            List.copyOf(server.getResourceProviders()).stream()
                    .filter(provider -> provider.getResourceType() == AuditEvent.class)
                    .forEach(server::unregisterProvider);
            server.registerProvider(auditEvents);
            server.registerInterceptor(new BalpCapture(recorder, context));
            server.registerInterceptor(recorder);
            server.registerInterceptor(new AuditEventCapabilities());
            server.registerProvider(new VerifyAuditChainOperation(verifier));
            server.registerProvider(new AuditCheckpointOperation(writer));
            server.registerProvider(new AccessLogOperation(auditEvents, context));
        };
    }

    @Bean
    AuditEventWriteGuard auditEventWriteGuard(IInterceptorService interceptors) {
        var guard = new AuditEventWriteGuard();
        interceptors.registerInterceptor(guard);
        return guard;
    }

    @Bean
    UnauthenticatedRequestAuditor unauthenticatedRequestAuditor(AuditTrailWriter writer, CallerAuditContext context) {
        return new UnauthenticatedRequestAuditor(writer, context);
    }
}

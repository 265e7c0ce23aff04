package org.ephr.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.ephr.server.config.FhirServerCustomizer;
import org.ephr.server.keys.SigningKeyFiles;
import org.ephr.server.security.SecurityProperties;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail: every REST access, change and refusal becomes an AuditEvent in the shape of IHE BALP, stored in
 * the FHIR database by one background writer, hash-chained and periodically signed; {@code $verify-audit-chain}
 * checks it. See {@link RequestAuditRecorder} for what is recorded and {@link AuditChain} for the chain.
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
            DaoRegistry daos,
            AuditChainStore store,
            AuditEventHasher hasher,
            CheckpointSigner signer,
            PlatformTransactionManager transactionManager) {
        return new AuditChain(
                daos.getResourceDao(AuditEvent.class),
                store,
                hasher,
                signer,
                new TransactionTemplate(transactionManager),
                Clock.systemUTC());
    }

    @Bean
    AuditTrailWriter auditTrailWriter(
            AuditChain chain, AuditProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new AuditTrailWriter(chain, properties, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * Audit references are absolute under the reference base and stored as logical references: HAPI then neither
     * requires their targets to exist (a deleted record, a user's {@code fhirUser} that is not on this server) nor
     * refuses to delete a record because audit events mention it. Searching the trail by patient uses the same form:
     * {@code AuditEvent?patient=<reference-base>/Patient/123}.
     */
    @Bean
    CallerAuditContext callerAuditContext(
            AuditProperties properties, SecurityProperties security, JpaStorageSettings storageSettings) {
        storageSettings.addTreatReferencesAsLogical(properties.referenceBase() + "/*");
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
    AuditChainVerifier auditChainVerifier(
            AuditChainStore store, DaoRegistry daos, AuditEventHasher hasher, CheckpointSigner signer) {
        IFhirResourceDao<AuditEvent> auditEvents = daos.getResourceDao(AuditEvent.class);
        return new AuditChainVerifier(
                store,
                id -> {
                    try {
                        return Optional.of(auditEvents.read(new IdType("AuditEvent", id), new SystemRequestDetails()));
                    } catch (ResourceNotFoundException | ResourceGoneException gone) {
                        return Optional.empty();
                    }
                },
                hasher,
                signer);
    }

    @Bean
    FhirServerCustomizer auditTrail(
            RequestAuditRecorder recorder,
            CallerAuditContext context,
            AuditChainVerifier verifier,
            AuditTrailWriter writer,
            ca.uhn.fhir.jpa.api.dao.DaoRegistry daos) {
        return server -> {
            server.registerInterceptor(new BalpCapture(recorder, context));
            server.registerInterceptor(recorder);
            server.registerInterceptor(new ReadOnlyAuditEventApi());
            server.registerProvider(new VerifyAuditChainOperation(verifier));
            server.registerProvider(new AuditCheckpointOperation(writer));
            server.registerProvider(
                    new AccessLogOperation(daos.getResourceDao(org.hl7.fhir.r4.model.AuditEvent.class), context));
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

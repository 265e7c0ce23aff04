package org.ephr.server.reporting;

import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.time.Clock;
import org.ephr.export.Annex2;
import org.ephr.export.MeasureDefinitions;
import org.ephr.export.ReportSigner;
import org.ephr.export.Suppression;
import org.ephr.server.config.FhirServerCustomizer;
import org.ephr.server.keys.SigningKeyFiles;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Measure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * IHR (2005) aggregated reporting: the projection kept current on every write, the report operations, Annex 2
 * alerts, and the published {@code Measure}s. The counting, suppression, formats and signatures live in the
 * {@code ephr-export} module.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ephr.reporting.enabled", havingValue = "true", matchIfMissing = true)
class ReportingConfig {

    static final String GENERATED_KEY_NAME = "ihr-report-signing-key";
    private static final Logger log = LoggerFactory.getLogger(ReportingConfig.class);

    @Bean
    ReportingStore reportingStore(JdbcTemplate jdbc) {
        var store = new ReportingStore(jdbc);
        store.createTablesIfMissing();
        return store;
    }

    @Bean
    Annex2 annex2() {
        return Annex2.fromClasspath();
    }

    @Bean
    IhrAlerts ihrAlerts(
            ReportingStore store,
            Annex2 annex2,
            DaoRegistry daos,
            PlatformTransactionManager transactionManager,
            ReportingProperties properties) {
        return new IhrAlerts(
                store,
                annex2,
                daos.getResourceDao(Communication.class),
                new TransactionTemplate(transactionManager),
                properties.focalPointSystem(),
                Clock.systemUTC());
    }

    @Bean
    ReportingProjector reportingProjector(
            ReportingStore store, Annex2 annex2, IhrAlerts alerts, IInterceptorService interceptors) {
        var projector = new ReportingProjector(new ReportingFacts(annex2), store, alerts);
        interceptors.registerInterceptor(projector);
        return projector;
    }

    @Bean
    ReportSigner ihrReportSigner(ReportingProperties properties) {
        var source = new SigningKeyFiles.KeySource(
                "IHR reports",
                "ephr.reporting.signing-key (EPHR_REPORT_SIGNING_KEY)",
                properties.signingKey(),
                properties.keyDirectory(),
                GENERATED_KEY_NAME);
        ReportSigner signer = SigningKeyFiles.detachedJwsSigner(source);
        log.info("IHR reports are signed with key id {}", signer.keyId());
        return signer;
    }

    @Bean
    IhrReportService ihrReportService(
            ReportingStore store,
            @Qualifier("ihrReportSigner") ReportSigner ihrReportSigner,
            ReportingProperties properties) {
        return new IhrReportService(
                store,
                new Suppression(properties.suppressionThreshold()),
                ihrReportSigner,
                properties.reporter(),
                Clock.systemUTC());
    }

    @Bean
    ReportJobs reportJobs() {
        return new ReportJobs(Clock.systemUTC());
    }

    @Bean
    FhirServerCustomizer ihrReportOperations(
            IhrReportService reports, ReportJobs jobs, @Qualifier("ihrReportSigner") ReportSigner ihrReportSigner) {
        return server -> {
            server.registerProvider(new IhrReportOperation(reports, jobs));
            server.registerProvider(new VerifyIhrReportOperation(ihrReportSigner));
        };
    }

    @Bean
    ReportingRebuild reportingRebuild(
            DaoRegistry daos,
            ReportingProjector projector,
            ReportingStore store,
            PlatformTransactionManager transactionManager) {
        return new ReportingRebuild(daos, projector, store, new TransactionTemplate(transactionManager));
    }

    /**
     * Once the server is up: rebuilds an outdated projection, publishes the report definitions as {@code Measure}s
     * and starts the alert sweeps.
     */
    @Bean
    ApplicationRunner ihrReportingStart(
            DaoRegistry daos, ReportingRebuild rebuild, IhrAlerts alerts, ReportingProperties properties) {
        return arguments -> {
            rebuild.rebuildIfOutdated();
            var measures = daos.getResourceDao(Measure.class);
            for (Measure measure : MeasureDefinitions.all()) {
                measures.update(measure, new SystemRequestDetails());
            }
            alerts.start(properties.alertSweepInterval());
        };
    }
}

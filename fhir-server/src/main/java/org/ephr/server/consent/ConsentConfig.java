package org.ephr.server.consent;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.svc.ISearchCoordinatorSvc;
import ca.uhn.fhir.jpa.model.dao.JpaPid;
import ca.uhn.fhir.rest.server.interceptor.consent.ConsentInterceptor;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.ephr.server.config.FhirServerCustomizer;
import org.ephr.server.config.FhirServerProperties;
import org.ephr.server.security.SecurityProperties;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The patient's consent, enforced on every response and write of the FHIR API, and break-glass, when security is
 * on. Bulk export jobs are judged on every node, whatever its own setting: Batch2 lets any node sharing the database
 * run the steps of a job another node started.
 */
@Configuration(proxyBeanMethods = false)
class ConsentConfig {

    @Bean
    PatientRecordFactsRepository patientRecordFactsRepository(
            EntityManager entityManager, DaoRegistry daos, ConsentProperties properties) {
        return new PatientRecordFactsRepository(
                entityManager, daos.getResourceDao(Organization.class), daos.getResourceDao(Consent.class), properties);
    }

    @Bean
    PatientAccessDecider patientAccessDecider(ConsentProperties properties) {
        return new PatientAccessDecider(properties, Clock.systemUTC());
    }

    @Bean
    RecordConsentService recordConsentService(
            PatientAccessDecider decider,
            PatientRecordFactsRepository repository,
            FhirContext fhirContext,
            SecurityProperties security,
            IInterceptorService interceptors,
            ApplicationEventPublisher events) {
        // Evictions must also see the server's own writes (break-glass grants), hence the global service.
        interceptors.registerInterceptor(new ConsentCacheEviction(repository));
        var consentService = new RecordConsentService(decider, repository, fhirContext);
        // Bulk export jobs call their hooks on the global service, outside any request.
        interceptors.registerInterceptor(
                new BulkExportConsent(consentService, decider, repository, security.enabled(), events));
        return consentService;
    }

    @Bean
    @ConditionalOnProperty(name = "ephr.security.enabled", havingValue = "true", matchIfMissing = true)
    FhirServerCustomizer consentEnforcement(
            RecordConsentService consentService,
            DaoRegistry daos,
            ConsentProperties properties,
            ISearchCoordinatorSvc<JpaPid> searches,
            FhirServerProperties fhir) {
        return server -> {
            server.registerInterceptor(new ConsentInterceptor(consentService));
            server.registerInterceptor(new HeldBackResultsPaging(searches, fhir.defaultPageSize(), fhir.maxPageSize()));
            server.registerInterceptor(new ConsentWriteGuard(consentService));
            server.registerProvider(new BreakGlassProvider(
                    daos.getResourceDao(Consent.class),
                    daos.getResourceDao(Patient.class),
                    properties,
                    Clock.systemUTC()));
        };
    }
}

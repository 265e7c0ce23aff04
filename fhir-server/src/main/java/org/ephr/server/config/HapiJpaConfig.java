package org.ephr.server.config;

import ca.uhn.fhir.batch2.api.IJobMaintenanceService;
import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.batch2.maintenance.JobMaintenanceServiceImpl;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.IDaoRegistry;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.api.model.HistoryCountModeEnum;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.config.util.ResourceCountCacheUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.model.entity.StorageSettings.IndexEnabledEnum;
import ca.uhn.fhir.jpa.provider.DaoRegistryResourceSupportedSvc;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.search.IStaleSearchDeletingSvc;
import ca.uhn.fhir.jpa.search.StaleSearchDeletingSvcImpl;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.jpa.util.ResourceCountCache;
import ca.uhn.fhir.rest.api.IResourceSupportedSvc;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.ephr.server.database.DatabaseSchema;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.orm.jpa.JpaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/** HAPI's JPA server for FHIR R4, wired the way HAPI's own starter does it, minus what R4 does not use. */
@Configuration(proxyBeanMethods = false)
@Import({
    JpaR4Config.class,
    ThreadPoolFactoryConfig.class,
    SubscriptionChannelConfig.class,
    JpaBatch2Config.class,
    Batch2JobsConfig.class
})
class HapiJpaConfig {

    @Bean
    JpaStorageSettings storageSettings() {
        var settings = new JpaStorageSettings();
        // Server-assigned ids are UUIDs: record ids must not be guessable or enumerable.
        settings.setResourceServerIdStrategy(JpaStorageSettings.IdStrategyEnum.UUID);
        settings.setAutoCreatePlaceholderReferenceTargets(false);
        settings.setAllowExternalReferences(false);
        settings.setIndexMissingFields(IndexEnabledEnum.DISABLED);
        // No Lucene/Elasticsearch: every search runs on the relational index tables.
        settings.setAdvancedHSearchIndexing(false);
        settings.setHibernateSearchIndexFullText(false);
        settings.setHibernateSearchIndexSearchParams(false);
        settings.setStoreResourceInHSearchIndex(false);
        // A record just written must show up in the next search: no reuse of cached search results.
        settings.setReuseCachedSearchResultsForMillis(null);
        // The e-PHR's own package is published as draft (0.x); HAPI would skip installing non-active resources.
        settings.setValidateResourceStatusForPackageUpload(false);
        // Every bulk export is run afresh for its caller: a finished job of the same parameters may predate a
        // withdrawn consent.
        settings.setEnableBulkExportJobReuse(false);
        settings.setDeleteExpungeEnabled(false);
        settings.setExpungeEnabled(false);
        // History pages (a national system's `_history?_since=` sync) end when a page comes up short of unknown
        // total, and consent leaves entries out of pages: counted, the pages run to the end.
        settings.setHistoryCountMode(HistoryCountModeEnum.COUNT_ACCURATE);
        return settings;
    }

    @Bean
    PartitionSettings partitionSettings() {
        return new PartitionSettings();
    }

    @Bean
    SubscriptionSettings subscriptionSettings() {
        return new SubscriptionSettings();
    }

    @Bean
    DatabaseBackedPagingProvider databaseBackedPagingProvider(FhirServerProperties properties) {
        var pagingProvider = new DatabaseBackedPagingProvider();
        pagingProvider.setDefaultPageSize(properties.defaultPageSize());
        pagingProvider.setMaximumPageSize(properties.maxPageSize());
        return pagingProvider;
    }

    @Bean
    IResourceSupportedSvc resourceSupportedSvc(IDaoRegistry daoRegistry) {
        return new DaoRegistryResourceSupportedSvc(daoRegistry);
    }

    /** Expires cached search results so the search tables do not grow without bound. */
    @Bean
    IStaleSearchDeletingSvc staleSearchDeletingSvc() {
        return new StaleSearchDeletingSvcImpl();
    }

    @Bean(name = "myResourceCountsCache")
    ResourceCountCache resourceCountsCache(IFhirSystemDao<?, ?> systemDao) {
        return ResourceCountCacheUtil.newResourceCountCache(systemDao);
    }

    /** Set before HAPI's scheduler starts (at context refresh), which is when the pass is scheduled. */
    @Bean
    SmartInitializingSingleton jobStepInterval(IJobMaintenanceService maintenance, FhirServerProperties properties) {
        return () -> {
            if (maintenance instanceof JobMaintenanceServiceImpl scheduled) {
                scheduled.setScheduledJobFrequencyMillis(
                        properties.jobStepInterval().toMillis());
            }
        };
    }

    /** Takes the migrated {@link DatabaseSchema} so that Hibernate never starts on an outdated schema. */
    @Primary
    @Bean
    LocalContainerEntityManagerFactoryBean entityManagerFactory(
            DataSource dataSource,
            DatabaseSchema migratedSchema,
            JpaProperties jpaProperties,
            ConfigurableListableBeanFactory beanFactory,
            FhirContext fhirContext,
            JpaStorageSettings storageSettings) {
        var factory = HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
        factory.setPersistenceUnitName("HAPI_PU");
        factory.setDataSource(dataSource);
        factory.setJpaPropertyMap(jpaProperties.getProperties());
        return factory;
    }

    @Primary
    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }
}

package org.ephr.server.config;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.provider.ValueSetOperationProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.IncomingRequestAddressStrategy;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR REST endpoint at {@code /fhir}. Features add their interceptors by declaring a {@link
 * FhirServerCustomizer} bean rather than by editing this class.
 */
@Configuration(proxyBeanMethods = false)
class RestfulServerConfig {

    static final String FHIR_PATH = "/fhir/*";

    @Bean
    RestfulServer restfulServer(
            IFhirSystemDao<?, ?> systemDao,
            ResourceProviderFactory resourceProviders,
            JpaSystemProvider<?, ?> systemProvider,
            ValueSetOperationProvider valueSetOperations,
            DatabaseBackedPagingProvider pagingProvider,
            FhirServerProperties properties,
            CapabilityStatementFactory capabilityStatements,
            ObjectProvider<FhirServerCustomizer> customizers) {
        var fhirContext = systemDao.getContext();
        // Unknown elements and invalid values are rejected, not silently dropped: nothing a sender wrote is lost.
        fhirContext.setParserErrorHandler(new StrictErrorHandler());

        var server = new RestfulServer(fhirContext);
        server.registerProviders(resourceProviders.createProviders());
        server.registerProviders(List.of(systemProvider, valueSetOperations));
        server.setServerConformanceProvider(capabilityStatements.create(server, systemDao));
        server.setPagingProvider(pagingProvider);
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        server.setServerAddressStrategy(
                properties.serverAddress().isBlank()
                        ? new IncomingRequestAddressStrategy()
                        : new HardcodedServerAddressStrategy(properties.serverAddress()));
        server.registerInterceptor(new CapabilityStatementInterceptor(softwareVersion()));
        customizers.orderedStream().forEach(customizer -> customizer.customize(server));
        return server;
    }

    private static String softwareVersion() {
        String version = RestfulServerConfig.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Bean
    ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer restfulServer) {
        var registration = new ServletRegistrationBean<>(restfulServer, FHIR_PATH);
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    CapabilityStatementFactory capabilityStatementFactory(
            JpaStorageSettings storageSettings,
            ISearchParamRegistry searchParamRegistry,
            IValidationSupport validationSupport) {
        return new CapabilityStatementFactory(storageSettings, searchParamRegistry, validationSupport);
    }

    /** Builds HAPI's JPA CapabilityStatement provider once the server it describes exists. */
    record CapabilityStatementFactory(
            JpaStorageSettings storageSettings,
            ISearchParamRegistry searchParamRegistry,
            IValidationSupport validationSupport) {

        JpaCapabilityStatementProvider create(RestfulServer server, IFhirSystemDao<?, ?> systemDao) {
            var provider = new JpaCapabilityStatementProvider(
                    server, systemDao, storageSettings, searchParamRegistry, validationSupport);
            provider.setImplementationDescription("Migrant e-PHR FHIR server");
            return provider;
        }
    }
}

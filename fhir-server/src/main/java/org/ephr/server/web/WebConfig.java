package org.ephr.server.web;

import ca.uhn.fhir.context.FhirContext;
import org.ephr.server.config.FhirServerCustomizer;
import org.ephr.server.config.FhirServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the FHIR endpoint treats requests at its edge: size limits, and HTTP semantics HAPI gets wrong. */
@Configuration(proxyBeanMethods = false)
class WebConfig {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            FhirContext fhirContext, FhirServerProperties properties) {
        var filter = new RequestSizeLimitFilter(
                fhirContext, properties.maxRequestSize().toBytes());
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/fhir/*");
        return registration;
    }

    @Bean
    FhirServerCustomizer bundleEntryLimit(FhirServerProperties properties) {
        return server -> server.registerInterceptor(new BundleEntryLimitInterceptor(properties.maxBundleEntries()));
    }

    @Bean
    FhirServerCustomizer staleVersionPrecondition() {
        return server -> server.registerInterceptor(new StaleVersionPreconditionInterceptor());
    }
}

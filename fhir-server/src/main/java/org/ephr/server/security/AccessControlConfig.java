package org.ephr.server.security;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.ephr.server.config.FhirServerCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Access rules inside the FHIR server, and SMART discovery, when security is on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ephr.security.enabled", havingValue = "true", matchIfMissing = true)
class AccessControlConfig {

    @Bean
    FhirServerCustomizer authorizationRules(IJobCoordinator jobs, FhirContext fhirContext) {
        return server -> {
            server.registerInterceptor(new AuthorizationRulesInterceptor());
            server.registerInterceptor(new BulkExportAccess(jobs));
            server.registerInterceptor(new ExportedFileAccess(fhirContext));
        };
    }

    @Bean
    FilterRegistrationBean<SmartConfigurationFilter> smartConfiguration(
            SecurityProperties properties, ObjectMapper json) throws IOException {
        var registration = new FilterRegistrationBean<>(new SmartConfigurationFilter(properties, json));
        registration.addUrlPatterns("/fhir/.well-known/smart-configuration", "/.well-known/smart-configuration");
        return registration;
    }
}

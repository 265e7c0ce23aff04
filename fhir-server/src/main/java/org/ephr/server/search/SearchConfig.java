package org.ephr.server.search;

import ca.uhn.fhir.interceptor.api.IInterceptorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How searches run: storage hooks go on HAPI's interceptor service, where its search coordinator calls them. */
@Configuration(proxyBeanMethods = false)
class SearchConfig {

    @Bean
    IdentifierLookupInterceptor identifierLookupInterceptor(IInterceptorService interceptors) {
        var interceptor = new IdentifierLookupInterceptor();
        interceptors.registerInterceptor(interceptor);
        return interceptor;
    }
}

package org.ephr.server.config;

import ca.uhn.fhir.rest.server.RestfulServer;

/**
 * A feature's hook into the FHIR REST server (interceptors, providers). Interceptors that must also see internal,
 * non-REST calls belong on HAPI's {@code IInterceptorService} instead.
 */
@FunctionalInterface
public interface FhirServerCustomizer {

    void customize(RestfulServer server);
}

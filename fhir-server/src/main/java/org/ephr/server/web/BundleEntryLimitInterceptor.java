package org.ephr.server.web;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import org.hl7.fhir.r4.model.Bundle;

/** Refuses, before anything is written, a bundle with more entries than the server accepts in one request. */
@Interceptor
class BundleEntryLimitInterceptor {

    private final int maxEntries;

    BundleEntryLimitInterceptor(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    void rejectOversizedBundle(RequestDetails request) {
        if (request.getResource() instanceof Bundle bundle && bundle.getEntry().size() > maxEntries) {
            throw new PayloadTooLargeException("Bundle has " + bundle.getEntry().size()
                    + " entries; this server accepts at most " + maxEntries
                    + " per request. Split it into several bundles.");
        }
    }
}

package org.ephr.server.search;

import ca.uhn.fhir.rest.api.server.RequestDetails;

/**
 * Marks a request whose search is an exact identifier lookup, run synchronously, without includes: it returns the
 * handful of resources it matched and nothing else. Consent uses the mark to judge those resources once, as they are
 * shown, instead of loading them a second time before (see RecordConsentService).
 */
public final class SynchronousLookups {

    private static final String MARK = SynchronousLookups.class.getName();

    private SynchronousLookups() {}

    static void mark(RequestDetails request) {
        request.getUserData().put(MARK, Boolean.TRUE);
    }

    public static boolean isPlainSynchronousLookup(RequestDetails request) {
        return request != null && Boolean.TRUE.equals(request.getUserData().get(MARK));
    }
}

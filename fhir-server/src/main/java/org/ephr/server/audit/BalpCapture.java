package org.ephr.server.audit;

import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.storage.interceptor.balp.BalpAuditCaptureInterceptor;
import ca.uhn.fhir.storage.interceptor.balp.IBalpAuditContextServices;
import ca.uhn.fhir.storage.interceptor.balp.IBalpAuditEventSink;

/**
 * HAPI's BALP interceptor (reads, vreads, searches and their pages, creates, updates, deletes, also inside
 * transactions), ordered after authorization and consent so that a read records what the caller was actually shown.
 * It is registered on the REST server: its hooks need the servlet request, and internal calls have no user to audit.
 */
@Interceptor(order = AuditConfig.AFTER_ACCESS_DECISIONS)
class BalpCapture extends BalpAuditCaptureInterceptor {

    BalpCapture(IBalpAuditEventSink sink, IBalpAuditContextServices context) {
        super(sink, context);
    }
}

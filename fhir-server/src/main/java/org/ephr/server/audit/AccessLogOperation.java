package org.ephr.server.audit;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;

/**
 * {@code GET Patient/[id]/$access-log}: who accessed, changed or was refused this patient's record, newest first.
 * The patient's own view of the trail (access rules allow it on their own record, and to admin).
 */
class AccessLogOperation {

    static final String NAME = "$access-log";
    private static final int DEFAULT_COUNT = 100;
    private static final int MAX_COUNT = 1000;

    private final AuditEventProvider events;
    private final CallerAuditContext context;

    AccessLogOperation(AuditEventProvider events, CallerAuditContext context) {
        this.events = events;
        this.context = context;
    }

    @Operation(name = NAME, typeName = "Patient", idempotent = true)
    public Bundle accessLog(@IdParam IdType patientId, @OperationParam(name = "_count", max = 1) IntegerType count) {
        int limit = count == null || count.getValue() == null
                ? DEFAULT_COUNT
                : Math.max(1, Math.min(MAX_COUNT, count.getValue()));
        var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.setTimestamp(new Date());
        events.newestAbout(patientId.getIdPart(), limit).forEach(event -> bundle.addEntry()
                .setFullUrl(context.reference("AuditEvent", event.getIdPart()))
                .setResource(event));
        bundle.setTotal(bundle.getEntry().size());
        return bundle;
    }
}

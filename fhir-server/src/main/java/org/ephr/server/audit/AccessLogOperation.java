package org.ephr.server.audit;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import java.util.Date;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;

/**
 * {@code GET Patient/[id]/$access-log}: who accessed, changed or was refused this patient's record, newest first.
 * The patient's own view of the trail (access rules allow it on their own record, and to admin): audit events
 * name the patient by absolute logical reference, which HAPI's compartment rules do not match, so a patient is
 * not given AuditEvent search itself.
 */
class AccessLogOperation {

    static final String NAME = "$access-log";
    private static final int DEFAULT_COUNT = 100;
    private static final int MAX_COUNT = 1000;

    private final IFhirResourceDao<AuditEvent> auditEvents;
    private final CallerAuditContext context;

    AccessLogOperation(IFhirResourceDao<AuditEvent> auditEvents, CallerAuditContext context) {
        this.auditEvents = auditEvents;
        this.context = context;
    }

    @Operation(name = NAME, typeName = "Patient", idempotent = true)
    public Bundle accessLog(@IdParam IdType patientId, @OperationParam(name = "_count", max = 1) IntegerType count) {
        int limit = count == null || count.getValue() == null
                ? DEFAULT_COUNT
                : Math.max(1, Math.min(MAX_COUNT, count.getValue()));
        var search = SearchParameterMap.newSynchronous()
                .add(AuditEvent.SP_PATIENT, new ReferenceParam(context.reference("Patient", patientId.getIdPart())));
        search.setSort(new SortSpec(AuditEvent.SP_DATE, SortOrderEnum.DESC));
        search.setCount(limit);
        var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.setTimestamp(new Date());
        auditEvents
                .search(search, new SystemRequestDetails())
                .getResources(0, limit)
                .forEach(event -> bundle.addEntry()
                        .setFullUrl(context.reference(
                                "AuditEvent", event.getIdElement().getIdPart()))
                        .setResource((AuditEvent) event));
        bundle.setTotal(bundle.getEntry().size());
        return bundle;
    }
}

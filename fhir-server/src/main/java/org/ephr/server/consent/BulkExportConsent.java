package org.ephr.server.consent;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import org.ephr.server.security.Caller;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Consent inside bulk export jobs. The job runs without a request, so the caller is the snapshot taken when the
 * export was started; each resource read for a file is kept only if that caller may see it, as on every other path.
 * A job without a snapshot was started where access control is off (local development): it is exported whole by a
 * node with access control off too, and without any patient's record by one with it on.
 */
class BulkExportConsent {

    private final RecordConsentService consent;
    private final PatientAccessDecider decider;
    private final boolean accessControlled;

    BulkExportConsent(RecordConsentService consent, PatientAccessDecider decider, boolean accessControlled) {
        this.consent = consent;
        this.decider = decider;
        this.accessControlled = accessControlled;
    }

    @Hook(Pointcut.STORAGE_BULK_EXPORT_RESOURCE_INCLUSION)
    public boolean include(BulkExportJobParameters parameters, IBaseResource resource) {
        var caller = Caller.fromSnapshot(parameters.getUserData().get(Caller.JOB_USER_DATA_KEY));
        if (caller.isEmpty() && !accessControlled) {
            return true;
        }
        // Decided afresh for every resource (the facts behind a decision are cached): a consent withdrawn while the
        // export runs applies to the resources read after it.
        return consent.visible(resource, patient -> caller.map(who -> decider.decide(who, patient))
                .orElseGet(() -> AccessDecision.deny("bulk export without a caller")));
    }
}

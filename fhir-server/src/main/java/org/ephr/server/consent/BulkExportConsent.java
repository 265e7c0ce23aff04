package org.ephr.server.consent;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.ephr.server.security.BulkExportJobs;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Consent inside bulk export jobs. The job runs without a request, so the caller is the snapshot taken when the
 * export was started; each resource read for a file is kept only if that caller may see it, as on every other path.
 * A job without a snapshot was started where access control is off (local development): it is exported whole by a
 * node with access control off too, and without any patient's record by one with it on. Every disclosure is
 * published ({@link RecordExported}) for the audit trail.
 */
class BulkExportConsent {

    private final RecordConsentService consent;
    private final PatientAccessDecider decider;
    private final boolean accessControlled;
    private final ApplicationEventPublisher events;
    private final PatientRecordFactsRepository repository;
    /** Decisions per export and patient; an export runs for minutes. */
    private final Cache<String, AccessDecision> decisions = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1))
            .maximumSize(1_000_000)
            .build();

    BulkExportConsent(
            RecordConsentService consent,
            PatientAccessDecider decider,
            PatientRecordFactsRepository repository,
            boolean accessControlled,
            ApplicationEventPublisher events) {
        this.consent = consent;
        this.decider = decider;
        this.repository = repository;
        this.accessControlled = accessControlled;
        this.events = events;
    }

    @Hook(Pointcut.STORAGE_BULK_EXPORT_RESOURCE_INCLUSION)
    public boolean include(BulkExportJobParameters parameters, IBaseResource resource) {
        var start = BulkExportJobs.start(parameters);
        if (start.isEmpty()) {
            return !accessControlled;
        }
        var caller = start.get().caller();
        String exportId = start.get().exportId();
        // Decided once per patient and export, from the database as it is then: the job's steps may run on another
        // node, whose cached consents could predate a withdrawal made on this one.
        var patients = consent.patientsOf(resource);
        boolean included = consent.visible(
                resource,
                patients,
                patient -> decisions.get(
                        exportId + "|" + patient, key -> decider.decide(caller, repository.freshFactsFor(patient))));
        if (included && !patients.isEmpty()) {
            events.publishEvent(new RecordExported(exportId, caller, parameters.getOriginalRequestUrl(), patients));
        }
        return included;
    }
}

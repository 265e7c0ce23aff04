package org.ephr.server.reporting;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the reporting projection current: at pre-commit of every create, update and delete, in the writer's own
 * transaction, so that a report never counts a write that was rolled back and never misses one that committed.
 * A new case of an IHR Annex 2 condition wakes the alerts once the write has committed.
 */
@Interceptor
class ReportingProjector {

    private static final Logger log = LoggerFactory.getLogger(ReportingProjector.class);

    private final ReportingFacts facts;
    private final ReportingStore store;
    private final IhrAlerts alerts;

    ReportingProjector(ReportingFacts facts, ReportingStore store, IhrAlerts alerts) {
        this.facts = facts;
        this.store = store;
        this.alerts = alerts;
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    void created(IBaseResource resource) {
        // A new resource has no rows yet: nothing to delete first, on the path of every write.
        project(resource, false);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    void updated(IBaseResource previous, IBaseResource resource) {
        project(resource, true);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
    void deleted(IBaseResource resource) {
        String id = resource.getIdElement().getIdPart();
        switch (resource.fhirType()) {
            case "Patient" -> store.deletePatient(id);
            case "Organization" -> store.deleteSite(id);
            default -> store.deleteEvents(resource.fhirType(), id);
        }
    }

    /** Writes what a resource contributes; {@code replacing} first removes what an earlier version contributed. */
    void project(IBaseResource resource, boolean replacing) {
        if (!(resource instanceof Resource r4)) {
            return;
        }
        try {
            projectR4(r4, replacing);
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            // A reporting rule that cannot read a record must not stop the record being written: it is left out of
            // the reports, loudly, and a rebuild after the fix brings it in.
            log.error(
                    "Reporting projection skipped {}/{}: {}",
                    r4.fhirType(),
                    r4.getIdElement().getIdPart(),
                    e.toString(),
                    e);
        }
    }

    private void projectR4(Resource r4, boolean replacing) {
        String id = r4.getIdElement().getIdPart();
        if (r4 instanceof Patient) {
            if (replacing) {
                store.deletePatient(id);
            }
            facts.patient(r4).ifPresent(store::insertPatient);
        } else if (r4 instanceof Organization) {
            if (replacing) {
                store.deleteSite(id);
            }
            facts.site(r4).ifPresent(store::insertSite);
        } else if (ReportingFacts.PROJECTED_TYPES.contains(r4.fhirType())) {
            List<ReportingFacts.EventRow> events = facts.events(r4);
            if (replacing) {
                store.deleteEvents(r4.fhirType(), id);
            }
            store.insertEvents(events);
            if (events.stream().anyMatch(event -> alerts.raisesAlert(event))) {
                wakeAlertsAfterCommit();
            }
        }
    }

    private void wakeAlertsAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    alerts.sweepSoon();
                }
            });
        } else {
            alerts.sweepSoon();
        }
    }
}

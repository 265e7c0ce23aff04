package org.ephr.server.consent;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgets a patient's cached custodian and consents when any writer (a user, or the server itself) changes its
 * Patient or one of its Consents, so that a withdrawal counts from the next request. Evicts again after commit, as
 * a concurrent request may have cached the old state in between.
 */
class ConsentCacheEviction {

    private final PatientRecordFactsRepository repository;

    ConsentCacheEviction(PatientRecordFactsRepository repository) {
        this.repository = repository;
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    void created(IBaseResource resource) {
        evict(resource);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    void updated(IBaseResource previous, IBaseResource resource) {
        evict(previous);
        evict(resource);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
    void deleted(IBaseResource resource) {
        evict(resource);
    }

    private void evict(IBaseResource resource) {
        Runnable eviction;
        if (resource instanceof Patient patient) {
            String id = patient.getIdElement().getIdPart();
            eviction = () -> repository.evict(id);
        } else if (resource instanceof Consent consent && consent.hasPatient()) {
            String id = consent.getPatient().getReferenceElement().getIdPart();
            eviction = () -> repository.evict(id);
        } else if (resource instanceof Organization organization) {
            String id = organization.getIdElement().getIdPart();
            eviction = () -> repository.evictOrganization(id);
        } else {
            return;
        }
        eviction.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    eviction.run();
                }
            });
        }
    }
}

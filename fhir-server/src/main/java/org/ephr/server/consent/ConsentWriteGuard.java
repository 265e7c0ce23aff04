package org.ephr.server.consent;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import org.ephr.server.security.Caller;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * Consent also binds writes: a clinician or national system changes only records it may see, and only the
 * custodian site (or the patient) changes a patient's consent. A new Patient without a managing organisation gets
 * the writer's site, which thereby becomes the custodian that always sees it; an update without one keeps it.
 *
 * <p>What a write adds is checked just before commit, when a transaction's placeholder references
 * ({@code urn:uuid:}) point at stored patients, including one a conditional create matched; what it changes or
 * removes is checked before storage, against the record as it was. A refusal rolls the whole transaction back.
 */
class ConsentWriteGuard {

    private final RecordConsentService consentService;

    ConsentWriteGuard(RecordConsentService consentService) {
        this.consentService = consentService;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    void creating(IBaseResource resource, RequestDetails request) {
        Caller.current().filter(RecordConsentService::appliesTo).ifPresent(caller -> {
            if (resource instanceof Patient patient) {
                if (!patient.hasManagingOrganization() && caller.organization() != null) {
                    patient.setManagingOrganization(new Reference("Organization/" + caller.organization()));
                }
                RecordConsentService.rememberCreated(request, patient);
            }
        });
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    void updating(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        check(previous, request);
        // A system re-sending its own copy of a Patient (which never named a managing organisation) must not leave
        // the record without a custodian, which no one but the patient could see again; naming another one moves it.
        if (previous instanceof Patient before
                && resource instanceof Patient after
                && !after.hasManagingOrganization()
                && before.hasManagingOrganization()) {
            after.setManagingOrganization(before.getManagingOrganization().copy());
        }
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    void deleting(IBaseResource resource, RequestDetails request) {
        check(resource, request);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    void created(IBaseResource resource, RequestDetails request) {
        if (!(resource instanceof Patient)) {
            check(resource, request);
        }
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    void updated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        // A Patient was judged on its previous version; its new one may name a new custodian.
        if (!(resource instanceof Patient)) {
            check(resource, request);
        }
    }

    private void check(IBaseResource resource, RequestDetails request) {
        var caller = Caller.current().filter(RecordConsentService::appliesTo);
        if (caller.isEmpty() || resource == null) {
            return;
        }
        for (String patient : consentService.patientsOf(resource)) {
            AccessDecision decision = consentService.decisionFor(request, caller.get(), patient);
            if (!decision.permitted()) {
                // No id: a conditional create may have matched a patient the caller did not know of. Nor whether it
                // exists: that would tell a caller which records are here.
                throw new ForbiddenOperationException("Access denied: this write refers to a patient record that"
                        + " does not exist here or is not shared with you");
            }
            if (resource instanceof Consent && !decision.ground().equals("custodian")) {
                throw new ForbiddenOperationException(
                        "Access denied: only the patient or the site holding the record changes its consent");
            }
        }
    }
}

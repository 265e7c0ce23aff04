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
 * the writer's site, which thereby becomes the custodian that always sees it.
 */
class ConsentWriteGuard {

    private final RecordConsentService consentService;
    private final PatientRecordFactsRepository repository;

    ConsentWriteGuard(RecordConsentService consentService, PatientRecordFactsRepository repository) {
        this.consentService = consentService;
        this.repository = repository;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    void created(IBaseResource resource, RequestDetails request) {
        Caller.current().filter(RecordConsentService::appliesTo).ifPresent(caller -> {
            if (resource instanceof Patient patient) {
                if (!patient.hasManagingOrganization() && caller.organization() != null) {
                    patient.setManagingOrganization(new Reference("Organization/" + caller.organization()));
                }
                return;
            }
            check(caller, resource, request);
        });
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    void updated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        Caller.current().filter(RecordConsentService::appliesTo).ifPresent(caller -> {
            check(caller, previous, request);
            check(caller, resource, request);
        });
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    void deleted(IBaseResource resource, RequestDetails request) {
        Caller.current().filter(RecordConsentService::appliesTo).ifPresent(caller -> check(caller, resource, request));
    }

    private void check(Caller caller, IBaseResource resource, RequestDetails request) {
        for (String patient : consentService.patientsOf(resource)) {
            if (resource instanceof Patient && repository.factsFor(patient).exists() == false) {
                continue; // an update that creates the Patient (PUT with a client id): nothing to protect yet
            }
            AccessDecision decision = consentService.decisionFor(request, caller, patient);
            if (!decision.permitted()) {
                throw new ForbiddenOperationException("Access denied: the record of Patient/" + patient
                        + " is not shared with you (" + decision.ground() + ")");
            }
            if (resource instanceof Consent && !decision.ground().equals("custodian")) {
                throw new ForbiddenOperationException(
                        "Access denied: only the patient or the site holding the record changes its consent");
            }
        }
    }
}

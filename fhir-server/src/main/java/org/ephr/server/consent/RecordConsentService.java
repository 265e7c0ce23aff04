package org.ephr.server.consent;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.interceptor.consent.ConsentOutcome;
import ca.uhn.fhir.rest.server.interceptor.consent.IConsentContextServices;
import ca.uhn.fhir.rest.server.interceptor.consent.IConsentService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ephr.server.security.Caller;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * Consent, enforced by HAPI's {@code ConsentInterceptor} on every resource a response would carry: read, search
 * and its includes, history, {@code $everything}, operations. A resource about a patient whose record the caller may
 * not see, or of a class the patient withholds, is left out (a direct read of it is refused). Resources about no
 * patient (sites, terminology) pass.
 */
class RecordConsentService implements IConsentService {

    private static final Set<String> WHOLE_RECORD_OPERATIONS = Set.of("$everything", "$summary");

    private static final String DECISIONS = RecordConsentService.class.getName() + ".decisions";

    private final PatientAccessDecider decider;
    private final FhirContext fhirContext;

    RecordConsentService(PatientAccessDecider decider, FhirContext fhirContext) {
        this.decider = decider;
        this.fhirContext = fhirContext;
    }

    /** Consent binds those who see records by treatment relationship; patients and others are held by their rules. */
    static boolean appliesTo(Caller caller) {
        return caller.hasRole("clinician") || caller.hasRole("ehr-system");
    }

    @Override
    public ConsentOutcome startOperation(RequestDetails request, IConsentContextServices services) {
        Optional<Caller> caller = Caller.current().filter(RecordConsentService::appliesTo);
        if (caller.isEmpty()) {
            return ConsentOutcome.AUTHORIZED;
        }
        if (isWholeRecordOperation(request)) {
            // The record's non-patient parts (its custodian Organization, say) would otherwise still show that the
            // patient exists and where; an unseen patient is as unknown as a missing one.
            String patient = request.getId().getIdPart();
            if (!decisionFor(request, caller.get(), patient).permitted()) {
                throw new ResourceNotFoundException("Resource Patient/" + patient + " is not known");
            }
        }
        return ConsentOutcome.PROCEED;
    }

    private static boolean isWholeRecordOperation(RequestDetails request) {
        return request.getRestOperationType() == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE
                && "Patient".equals(request.getResourceName())
                && WHOLE_RECORD_OPERATIONS.contains(request.getOperation())
                && request.getId() != null;
    }

    @Override
    public ConsentOutcome canSeeResource(
            RequestDetails request, IBaseResource resource, IConsentContextServices services) {
        return decide(request, resource);
    }

    @Override
    public ConsentOutcome willSeeResource(
            RequestDetails request, IBaseResource resource, IConsentContextServices services) {
        return decide(request, resource);
    }

    private ConsentOutcome decide(RequestDetails request, IBaseResource resource) {
        Optional<Caller> caller = Caller.current().filter(RecordConsentService::appliesTo);
        if (caller.isEmpty()) {
            return ConsentOutcome.PROCEED;
        }
        Set<String> patients = patientsOf(resource);
        if (patients.isEmpty()) {
            return ConsentOutcome.PROCEED;
        }
        Set<String> classes = DataClasses.of(resource);
        for (String patient : patients) {
            AccessDecision decision = decisionFor(request, caller.get(), patient);
            if (!decision.permitted() || decision.withholds(classes)) {
                return ConsentOutcome.REJECT;
            }
        }
        return ConsentOutcome.PROCEED;
    }

    /** One decision per patient per request: a page of one patient's observations costs one evaluation. */
    AccessDecision decisionFor(RequestDetails request, Caller caller, String patient) {
        @SuppressWarnings("unchecked")
        var decisions =
                (Map<String, AccessDecision>) request.getUserData().computeIfAbsent(DECISIONS, key -> new HashMap<>());
        return decisions.computeIfAbsent(patient, id -> {
            var decision = decider.decide(caller, id);
            if (decision.permitted() && PatientAccessDecider.EMERGENCY_TREATMENT.equals(decision.purposeOfUse())) {
                PurposeOfUse.markEmergency(request);
            }
            return decision;
        });
    }

    /** The patients whose record the resource belongs to: itself for a Patient, its compartment owners otherwise. */
    Set<String> patientsOf(IBaseResource resource) {
        String type = fhirContext.getResourceType(resource);
        if (type.equals("Patient")) {
            return Set.of(resource.getIdElement().getIdPart());
        }
        if (!fhirContext
                .getResourceDefinition(type)
                .getSearchParamsForCompartmentName("Patient")
                .isEmpty()) {
            return fhirContext.newTerser().getCompartmentOwnersForResource("Patient", resource, Set.of()).stream()
                    .map(IIdType::getIdPart)
                    .collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}

package org.ephr.server.consent;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.interceptor.consent.ConsentOutcome;
import ca.uhn.fhir.rest.server.interceptor.consent.IConsentContextServices;
import ca.uhn.fhir.rest.server.interceptor.consent.IConsentService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ephr.server.search.SynchronousLookups;
import org.ephr.server.security.Caller;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;

/**
 * Consent, enforced by HAPI's {@code ConsentInterceptor} on every resource a response would carry: read, search
 * and its includes, history, {@code $everything}, operations. A resource about a patient whose record the caller may
 * not see, or of a class the patient withholds, is left out (a direct read of it is refused). Resources about no
 * patient (sites, terminology) pass.
 */
class RecordConsentService implements IConsentService {

    private static final String CREATED = RecordConsentService.class.getName() + ".created-patients";
    private static final String DECISIONS = RecordConsentService.class.getName() + ".decisions";
    private static final String JUDGED = RecordConsentService.class.getName() + ".judged";

    private final PatientAccessDecider decider;
    private final PatientRecordFactsRepository repository;
    private final FhirContext fhirContext;
    private final ConfinedRequests confinedRequests;

    RecordConsentService(
            PatientAccessDecider decider, PatientRecordFactsRepository repository, FhirContext fhirContext) {
        this.decider = decider;
        this.repository = repository;
        this.fhirContext = fhirContext;
        this.confinedRequests = new ConfinedRequests(fhirContext);
    }

    /** Consent binds those who see records by treatment relationship; patients and others are held by their rules. */
    static boolean appliesTo(Caller caller) {
        return caller.hasRole("clinician") || caller.hasRole("ehr-system");
    }

    @Override
    public ConsentOutcome startOperation(RequestDetails request, IConsentContextServices services) {
        Optional<Caller> caller = boundCaller();
        if (caller.isEmpty()) {
            return ConsentOutcome.AUTHORIZED;
        }
        // The record's non-patient parts (its custodian Organization, say) would otherwise still show that the
        // patient exists and where; an unseen patient is as unknown as a missing one.
        // So is a patient's history: its pages, counted, would say how many versions the unseen record has.
        Optional<String> wholeRecordOf =
                ConfinedRequests.wholeRecordOperationPatient(request).or(() -> patientHistoryOf(request));
        if (wholeRecordOf.isPresent()
                && !decisionFor(request, caller.get(), wholeRecordOf.get()).permitted()) {
            throw new ResourceNotFoundException("Resource Patient/" + wholeRecordOf.get() + " is not known");
        }
        return ConsentOutcome.PROCEED;
    }

    /**
     * Consent is judged twice by HAPI: before resources are loaded for a page ({@code canSeeResource}, which makes
     * HAPI load each one a second time) and as they are shown ({@code willSeeResource}, always). The first stage only
     * earns its cost where it changes what a page holds; it is skipped where its answer is known or moot: for callers
     * consent does not bind, for exact identifier lookups (a handful of resources, nothing included), and for a
     * request confined to one patient whose whole record the caller may see.
     */
    @Override
    public boolean shouldProcessCanSeeResource(RequestDetails request, IConsentContextServices services) {
        Optional<Caller> caller = boundCaller();
        if (caller.isEmpty() || SynchronousLookups.isPlainSynchronousLookup(request)) {
            return false;
        }
        return confinedRequests
                .patientOf(request)
                .map(patient -> !decisionFor(request, caller.get(), patient).seesWholeRecord())
                .orElse(true);
    }

    @Override
    public ConsentOutcome canSeeResource(
            RequestDetails request, IBaseResource resource, IConsentContextServices services) {
        Optional<Caller> caller = boundCaller();
        if (caller.isEmpty()) {
            return ConsentOutcome.PROCEED;
        }
        ConsentOutcome outcome = decide(request, caller.get(), resource);
        if (outcome == ConsentOutcome.REJECT) {
            HeldBackResultsPaging.markHeldBack(request);
        }
        return outcome;
    }

    /**
     * Judges each resource as it is shown. HAPI then walks the whole response once more, element by element, looking
     * for resources nested in it; a response Bundle whose every entry was judged here already, with nothing nested
     * in them, is answered {@code AUTHORIZED} so that the walk is skipped: it would find nothing new.
     */
    @Override
    public ConsentOutcome willSeeResource(
            RequestDetails request, IBaseResource resource, IConsentContextServices services) {
        Optional<Caller> caller = boundCaller();
        if (caller.isEmpty()) {
            return ConsentOutcome.PROCEED;
        }
        JudgedResources judged = judgedResources(request);
        if (resource instanceof Bundle bundle && judged.coversEntriesOf(bundle)) {
            return ConsentOutcome.AUTHORIZED;
        }
        ConsentOutcome outcome = decide(request, caller.get(), resource);
        if (outcome == ConsentOutcome.PROCEED) {
            judged.add(resource);
        }
        return outcome;
    }

    private static JudgedResources judgedResources(RequestDetails request) {
        return (JudgedResources) request.getUserData().computeIfAbsent(JUDGED, key -> new JudgedResources());
    }

    private static Optional<String> patientHistoryOf(RequestDetails request) {
        if (request.getRestOperationType() == RestOperationTypeEnum.HISTORY_INSTANCE
                && "Patient".equals(request.getResourceName())
                && request.getId() != null
                && request.getId().hasIdPart()) {
            return Optional.of(request.getId().getIdPart());
        }
        return Optional.empty();
    }

    private static boolean isSearch(RequestDetails request) {
        return request.getRestOperationType() == RestOperationTypeEnum.SEARCH_TYPE
                || request.getRestOperationType() == RestOperationTypeEnum.SEARCH_SYSTEM;
    }

    /** The caller, when consent binds it (see {@link #appliesTo}). */
    private static Optional<Caller> boundCaller() {
        return Caller.current().filter(RecordConsentService::appliesTo);
    }

    private ConsentOutcome decide(RequestDetails request, Caller caller, IBaseResource resource) {
        if (resource instanceof Patient shown && isSearch(request)) {
            // A search (not a page of history) returns a Patient's current version: the custodian is on it (an
            // identifier lookup's whole cost of consent, when the facts are not cached, was looking it up).
            decisionFor(request, caller, shown.getIdElement().getIdPart(), () -> repository.factsOfShown(shown));
        }
        return visible(resource, patient -> decisionFor(request, caller, patient))
                ? ConsentOutcome.PROCEED
                : ConsentOutcome.REJECT;
    }

    /**
     * Whether a resource may be shown, given the caller's decision per patient: every patient it is about must be
     * seen, and none of its data classes withheld. Resources about no patient are shown.
     */
    boolean visible(IBaseResource resource, Function<String, AccessDecision> decisions) {
        return visible(resource, patientsOf(resource), decisions);
    }

    /** As {@link #visible(IBaseResource, Function)}, for a caller that already has the resource's patients. */
    boolean visible(IBaseResource resource, Set<String> patients, Function<String, AccessDecision> decisions) {
        if (patients.isEmpty()) {
            return true;
        }
        Set<String> classes = DataClasses.of(resource);
        for (String patient : patients) {
            AccessDecision decision = decisions.apply(patient);
            if (!decision.permitted() || decision.withholds(classes)) {
                return false;
            }
        }
        return true;
    }

    /** One decision per patient per request: a page of one patient's observations costs one evaluation. */
    AccessDecision decisionFor(RequestDetails request, Caller caller, String patient) {
        return decisionFor(request, caller, patient, () -> repository.factsFor(patient));
    }

    private AccessDecision decisionFor(
            RequestDetails request, Caller caller, String patient, Supplier<PatientRecordFacts> facts) {
        @SuppressWarnings("unchecked")
        var decisions =
                (Map<String, AccessDecision>) request.getUserData().computeIfAbsent(DECISIONS, key -> new HashMap<>());
        var known = decisions.get(patient);
        if (known != null) {
            return known;
        }
        var decision = decider.decide(caller, facts.get());
        if (decision.ground().equals(PatientAccessDecider.NO_SUCH_PATIENT)) {
            var created = createdInThisRequest(request, patient);
            if (created != null) {
                decision = decider.decide(caller, repository.factsOfNew(created));
            }
        }
        if (decision.permitted() && PatientAccessDecider.EMERGENCY_TREATMENT.equals(decision.purposeOfUse())) {
            PurposeOfUse.markEmergency(request);
        }
        // A patient not stored yet may be created later in this very request (a transaction): ask again then.
        if (!decision.ground().equals(PatientAccessDecider.NO_SUCH_PATIENT)) {
            decisions.put(patient, decision);
        }
        return decision;
    }

    /** Remembers a Patient this request creates: until its transaction commits, reads do not return it. */
    static void rememberCreated(RequestDetails request, Patient patient) {
        @SuppressWarnings("unchecked")
        var created = (List<Patient>) request.getUserData().computeIfAbsent(CREATED, key -> new ArrayList<>());
        created.add(patient);
    }

    @SuppressWarnings("unchecked")
    private static Patient createdInThisRequest(RequestDetails request, String patientId) {
        var created = (List<Patient>) request.getUserData().getOrDefault(CREATED, List.of());
        // HAPI sets the assigned id on the very object it stored.
        return created.stream()
                .filter(patient -> patientId.equals(patient.getIdElement().getIdPart()))
                .findFirst()
                .orElse(null);
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
                    // A transaction's placeholders (urn:uuid:...) name resources not stored yet: checked once resolved.
                    .filter(id -> !id.getValue().startsWith("urn:") && "Patient".equals(id.getResourceType()))
                    .map(IIdType::getIdPart)
                    .collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}

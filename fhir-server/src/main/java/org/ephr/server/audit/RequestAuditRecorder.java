package org.ephr.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.storage.interceptor.balp.IBalpAuditEventSink;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Coding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects a REST request's audit events while it runs and hands them to the writer when it completes, once its
 * outcome and purpose of use are known. Adds the events HAPI's BALP interceptor does not make: operations (such as
 * {@code $everything}), history, and requests refused before anything was read or written: 401, 403, and
 * attempts to change the audit trail through the API. Nothing here touches the database, and no failure of it reaches the caller.
 */
@Interceptor(order = AuditConfig.AFTER_ACCESS_DECISIONS)
class RequestAuditRecorder implements IBalpAuditEventSink {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditRecorder.class);

    /**
     * What HAPI's BALP interceptor records itself when resources are shown. Reads inside a batch are among them:
     * HAPI runs each as a sub-request of its own interaction.
     */
    private static final Set<RestOperationTypeEnum> BALP_SHOWN = EnumSet.of(
            RestOperationTypeEnum.READ,
            RestOperationTypeEnum.VREAD,
            RestOperationTypeEnum.SEARCH_TYPE,
            RestOperationTypeEnum.SEARCH_SYSTEM,
            RestOperationTypeEnum.GET_PAGE);

    /** Terminology and validation: they disclose no record, and terminology clients call them constantly. */
    private static final Set<String> UNAUDITED_OPERATIONS =
            Set.of("$expand", "$lookup", "$validate-code", "$translate", "$subsumes", "$validate", "$meta");

    private final ThreadLocal<RequestAudit> current = new ThreadLocal<>();
    private final AuditTrailWriter writer;
    private final CallerAuditContext context;

    RequestAuditRecorder(AuditTrailWriter writer, CallerAuditContext context) {
        this.writer = writer;
        this.context = context;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLER_SELECTED)
    void begin(RequestDetails request) {
        current.set(new RequestAudit(request));
    }

    /** From HAPI's BALP interceptor, on the request's thread. */
    @Override
    public void recordAuditEvent(AuditEvent event) {
        RequestAudit audit = current.get();
        if (audit == null) {
            AuditEvents.setPurpose(event, AuditEvents.treatment());
            writer.submit(event);
            return;
        }
        audit.events.add(event);
        // BALP records writes before their transaction commits; a rolled-back write did not happen.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        AuditEvents.setFailure(event, 409, "rolled back, nothing was stored");
                    }
                }
            });
        }
    }

    @Hook(Pointcut.STORAGE_PRESHOW_RESOURCES)
    void shown(IPreResourceShowDetails details, ServletRequestDetails request) {
        try {
            RequestAudit audit = current.get();
            if (audit == null || audit.request != request || BALP_SHOWN.contains(request.getRestOperationType())) {
                return;
            }
            for (IBaseResource resource : details.getAllResources()) {
                audit.patients.addAll(PatientCompartment.owners(request.getFhirContext(), resource, context));
                audit.shownAny = true;
            }
        } catch (RuntimeException e) {
            log.error("Audit could not note the resources shown", e);
        }
    }

    @Hook(Pointcut.SERVER_HANDLE_EXCEPTION)
    boolean failed(RequestDetails request, BaseServerResponseException exception) {
        RequestAudit audit = current.get();
        if (audit == null || audit.request != request) {
            audit = new RequestAudit(request);
            current.set(audit);
        }
        audit.failure = exception;
        return true;
    }

    @Hook(Pointcut.SERVER_PROCESSING_COMPLETED)
    void complete(RequestDetails request) {
        RequestAudit audit = current.get();
        current.remove();
        if (audit == null) {
            return;
        }
        try {
            List<AuditEvent> events = new ArrayList<>(audit.events);
            events.addAll(eventsBalpDoesNotMake(audit));
            Coding purpose = purposeOfUse(request);
            for (AuditEvent event : events) {
                AuditEvents.setPurpose(event, purpose);
                if (audit.failure != null) {
                    AuditEvents.setFailure(event, audit.failure.getStatusCode(), audit.failure.getMessage());
                }
                writer.submit(event);
            }
        } catch (RuntimeException e) {
            log.error("Audit events of request {} could not be recorded", request.getRequestId(), e);
        }
    }

    private List<AuditEvent> eventsBalpDoesNotMake(RequestAudit audit) {
        RequestDetails request = audit.request;
        RestOperationTypeEnum operation = request.getRestOperationType();
        if (operation != null) {
            switch (operation) {
                case EXTENDED_OPERATION_SERVER, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_INSTANCE -> {
                    return UNAUDITED_OPERATIONS.contains(request.getOperation())
                            ? List.of()
                            : List.of(operationEvent(audit));
                }
                case HISTORY_INSTANCE, HISTORY_TYPE, HISTORY_SYSTEM -> {
                    if (audit.shownAny) {
                        return List.of(shownEvent(audit, operation));
                    }
                }
                default -> {
                    // Covered by HAPI's BALP interceptor, or no record was involved.
                }
            }
        }
        return isRefusal(audit) && audit.events.isEmpty() ? List.of(refusalEvent(audit)) : List.of();
    }

    private AuditEvent operationEvent(RequestAudit audit) {
        RequestDetails request = audit.request;
        AuditEvent event =
                AuditEvents.rest(request, context, "operation", AuditEvents.action(request.getRestOperationType()));
        AuditEvents.addOperationName(event, request.getOperation());
        addTarget(event, audit);
        AuditEvents.addRequestDescription(event, request.getRequestType().name(), request.getCompleteUrl());
        return event;
    }

    private AuditEvent shownEvent(RequestAudit audit, RestOperationTypeEnum operation) {
        RequestDetails request = audit.request;
        AuditEvent event =
                AuditEvents.rest(request, context, AuditEvents.subtype(operation), AuditEvents.action(operation));
        audit.patients.forEach(patient -> AuditEvents.addPatient(event, patient));
        AuditEvents.addRequestDescription(event, request.getRequestType().name(), request.getCompleteUrl());
        return event;
    }

    /** A request refused before BALP saw any resource: what was asked, by whom, about which patient if known. */
    private AuditEvent refusalEvent(RequestAudit audit) {
        RequestDetails request = audit.request;
        RestOperationTypeEnum operation = request.getRestOperationType();
        AuditEvent event =
                AuditEvents.rest(request, context, AuditEvents.subtype(operation), AuditEvents.action(operation));
        addTarget(event, audit);
        AuditEvents.addRequestDescription(event, String.valueOf(request.getRequestType()), request.getCompleteUrl());
        return event;
    }

    /** The patients a request was about: the one it names, those whose resources were shown or sent. */
    private void addTarget(AuditEvent event, RequestAudit audit) {
        RequestDetails request = audit.request;
        Set<String> patients = new TreeSet<>(audit.patients);
        patients.addAll(PatientCompartment.requested(request, context));
        if (request.getResource() != null) {
            patients.addAll(PatientCompartment.owners(request.getFhirContext(), request.getResource(), context));
        }
        var id = request.getId();
        if (id != null
                && id.hasIdPart()
                && request.getResourceName() != null
                && !"Patient".equals(request.getResourceName())) {
            AuditEvents.addData(event, context.reference(request.getResourceName(), id.getIdPart()));
        }
        patients.forEach(patient -> AuditEvents.addPatient(event, patient));
    }

    /** Refused for who the caller is, or for trying to rewrite the audit trail itself. */
    private static boolean isRefusal(RequestAudit audit) {
        if (audit.failure == null) {
            return false;
        }
        int status = audit.failure.getStatusCode();
        String message = String.valueOf(audit.failure.getMessage());
        return status == 401 || status == 403 || (status == 405 && message.contains(AuditEventWriteGuard.REFUSAL));
    }

    private static Coding purposeOfUse(RequestDetails request) {
        return request.getUserData().get(AuditAttributes.PURPOSE_OF_USE) instanceof Coding coding
                ? coding
                : AuditEvents.treatment();
    }

    /** One request's audit state; lives on the request's thread only. */
    private static final class RequestAudit {
        final RequestDetails request;
        final List<AuditEvent> events = new ArrayList<>();
        final Set<String> patients = new TreeSet<>();
        boolean shownAny;
        BaseServerResponseException failure;

        RequestAudit(RequestDetails request) {
            this.request = request;
        }
    }
}

package org.ephr.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.storage.interceptor.balp.BalpConstants;
import ca.uhn.fhir.storage.interceptor.balp.BalpProfileEnum;
import java.util.Date;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/**
 * Audit events in the shape of IHE BALP for what HAPI's BALP interceptor does not record (refusals, operations,
 * history, reads inside a bundle, refused tokens), and the finishing touches every event gets when its request
 * completes: purpose of use and outcome.
 */
final class AuditEvents {

    static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String OPERATION_SYSTEM = "urn:ephr:fhir-operation";
    static final String REQUEST_ID_TYPE = "https://profiles.ihe.net/ITI/BALP/CodeSystem/BasicAuditEntityType";

    private AuditEvents() {}

    static Coding treatment() {
        return new Coding(ACT_REASON, "TREAT", "treatment");
    }

    /** An event of a REST interaction with its three BALP agents: client, server and user (the requestor). */
    static AuditEvent rest(
            RequestDetails request, CallerAuditContext context, String subtype, AuditEventAction action) {
        var event = new AuditEvent();
        event.getType()
                .setSystem(BalpConstants.CS_AUDIT_EVENT_TYPE)
                .setCode("rest")
                .setDisplay("Restful Operation");
        event.addSubtype()
                .setSystem(BalpConstants.CS_RESTFUL_INTERACTION)
                .setCode(subtype)
                .setDisplay(subtype);
        event.setAction(action);
        event.setOutcome(AuditEventOutcome._0);
        event.setRecorded(new Date());
        event.getSource().getObserver().setDisplay(request.getFhirServerBase());

        var client = event.addAgent().setRequestor(false).setWho(context.getAgentClientWho(request));
        client.getType().addCoding(BalpProfileEnum.BASIC_READ.getAgentClientTypeCoding());
        client.getNetwork()
                .setAddress(context.getNetworkAddress(request))
                .setType(context.getNetworkAddressType(request));

        var server = event.addAgent().setRequestor(false);
        server.getType().addCoding(BalpProfileEnum.BASIC_READ.getAgentServerTypeCoding());
        server.getWho().setDisplay(request.getFhirServerBase());
        server.getNetwork().setAddress(request.getFhirServerBase());

        var user = event.addAgent().setRequestor(true).setWho(context.getAgentUserWho(request));
        user.getType()
                .addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/v3-ParticipationType")
                .setCode("IRCP")
                .setDisplay("information recipient");

        var requestId = event.addEntity();
        requestId.getType().setSystem(REQUEST_ID_TYPE).setCode("XrequestId");
        requestId.getWhat().getIdentifier().setValue(request.getRequestId());
        return event;
    }

    static void addPatient(AuditEvent event, String reference) {
        var entity = event.addEntity().setWhat(new Reference(reference));
        entity.getType()
                .setSystem(BalpConstants.CS_AUDIT_ENTITY_TYPE)
                .setCode(BalpConstants.CS_AUDIT_ENTITY_TYPE_1_PERSON)
                .setDisplay(BalpConstants.CS_AUDIT_ENTITY_TYPE_1_PERSON_DISPLAY);
        entity.getRole()
                .setSystem(BalpConstants.CS_OBJECT_ROLE)
                .setCode(BalpConstants.CS_OBJECT_ROLE_1_PATIENT)
                .setDisplay(BalpConstants.CS_OBJECT_ROLE_1_PATIENT_DISPLAY);
    }

    static void addData(AuditEvent event, String reference) {
        var entity = event.addEntity().setWhat(new Reference(reference));
        entity.getType()
                .setSystem(BalpConstants.CS_AUDIT_ENTITY_TYPE)
                .setCode(BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT)
                .setDisplay(BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT_DISPLAY);
        entity.getRole()
                .setSystem(BalpConstants.CS_OBJECT_ROLE)
                .setCode(BalpConstants.CS_OBJECT_ROLE_4_DOMAIN_RESOURCE)
                .setDisplay(BalpConstants.CS_OBJECT_ROLE_4_DOMAIN_RESOURCE_DISPLAY);
    }

    /** What was asked, as BALP's query entity describes it: the method and the complete URL. */
    static void addRequestDescription(AuditEvent event, String method, String url) {
        var entity = event.addEntity().setDescription(method + " " + url);
        entity.getType()
                .setSystem(BalpConstants.CS_AUDIT_ENTITY_TYPE)
                .setCode(BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT)
                .setDisplay(BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT_DISPLAY);
        entity.getRole()
                .setSystem(BalpConstants.CS_OBJECT_ROLE)
                .setCode(BalpConstants.CS_OBJECT_ROLE_24_QUERY)
                .setDisplay("Query");
    }

    static void addOperationName(AuditEvent event, String operation) {
        event.addSubtype().setSystem(OPERATION_SYSTEM).setCode(operation).setDisplay(operation);
    }

    /** The restful-interaction code BALP would use; operations are all "operation", the name goes beside it. */
    static String subtype(RestOperationTypeEnum operation) {
        if (operation == null) {
            return "unknown";
        }
        return switch (operation) {
            case EXTENDED_OPERATION_SERVER, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_INSTANCE -> "operation";
            case GET_PAGE -> "search-type";
            default -> operation.getCode();
        };
    }

    static AuditEventAction action(RestOperationTypeEnum operation) {
        if (operation == null) {
            return AuditEventAction.E;
        }
        return switch (operation) {
            case READ, VREAD, HISTORY_INSTANCE -> AuditEventAction.R;
            case CREATE -> AuditEventAction.C;
            case UPDATE, PATCH, META_ADD, META_DELETE -> AuditEventAction.U;
            case DELETE -> AuditEventAction.D;
            default -> AuditEventAction.E;
        };
    }

    /** Why the data was accessed, on the event and on the user who asked (BALP: agent.purposeOfUse). */
    static void setPurpose(AuditEvent event, Coding purpose) {
        event.getPurposeOfEvent().clear();
        event.addPurposeOfEvent(new CodeableConcept(purpose.copy()));
        for (var agent : event.getAgent()) {
            if (agent.getRequestor()) {
                agent.getPurposeOfUse().clear();
                agent.addPurposeOfUse(new CodeableConcept(purpose.copy()));
            }
        }
    }

    /** A refused or failed request: minor failure for the client's errors, serious failure for the server's. */
    static void setFailure(AuditEvent event, int status, String description) {
        event.setOutcome(status < 500 ? AuditEventOutcome._4 : AuditEventOutcome._8);
        String text = "HTTP " + status + (description == null ? "" : ": " + description);
        event.setOutcomeDesc(text.length() > 1000 ? text.substring(0, 1000) : text);
    }

    static String toJson(AuditEvent event) {
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(event);
    }
}

package org.ephr.server.audit;

import ca.uhn.fhir.storage.interceptor.balp.BalpConstants;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ephr.server.security.UnauthenticatedRequestEvent;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.springframework.context.event.EventListener;

/**
 * Records requests refused with 401 before they reached the FHIR server (no token, or a refused one): a failed
 * user authentication (DICOM 110114), with the caller's network address, what was asked and why it was refused.
 */
class UnauthenticatedRequestAuditor {

    /** {@code /fhir/Patient/123...}: the record a refused request was after, if its path names one. */
    private static final Pattern RESOURCE_PATH = Pattern.compile("/fhir/([A-Z][A-Za-z]+)/([A-Za-z0-9\\-.]{1,64})");

    private final AuditTrailWriter writer;
    private final CallerAuditContext context;

    UnauthenticatedRequestAuditor(AuditTrailWriter writer, CallerAuditContext context) {
        this.writer = writer;
        this.context = context;
    }

    @EventListener
    void refused(UnauthenticatedRequestEvent refused) {
        writer.submit(event(refused));
    }

    AuditEvent event(UnauthenticatedRequestEvent refused) {
        var event = new AuditEvent();
        event.getType().setSystem(AuditEvents.DICOM).setCode("110114").setDisplay("User Authentication");
        event.addSubtype().setSystem(AuditEvents.DICOM).setCode("110122").setDisplay("Login");
        event.setAction(AuditEventAction.E);
        event.setRecorded(new Date());
        AuditEvents.setFailure(event, 401, refused.reason());

        var user = event.addAgent().setRequestor(true);
        user.getWho().setDisplay("unknown (no valid access token)");
        user.getNetwork()
                .setAddress(refused.clientAddress())
                .setType(BalpConstants.AUDIT_EVENT_AGENT_NETWORK_TYPE_IP_ADDRESS);
        event.getSource().getObserver().setDisplay("e-PHR FHIR server");

        Matcher resource = RESOURCE_PATH.matcher(refused.path());
        if (resource.lookingAt()) {
            String reference = context.reference(resource.group(1), resource.group(2));
            if (resource.group(1).equals("Patient")) {
                AuditEvents.addPatient(event, reference);
            } else {
                AuditEvents.addData(event, reference);
            }
        }
        AuditEvents.addRequestDescription(event, refused.method(), refused.path());
        return event;
    }
}

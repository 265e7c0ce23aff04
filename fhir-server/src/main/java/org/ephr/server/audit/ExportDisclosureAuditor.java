package org.ephr.server.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Date;
import org.ephr.server.consent.RecordExported;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.springframework.context.event.EventListener;

/**
 * A bulk export discloses records outside any REST read, so the trail would show only its kick-off and file downloads.
 * This records, once per patient and export, an Export event (DICOM 110106) naming the patient, who exported and
 * the request: what the patient's access log shows.
 */
class ExportDisclosureAuditor {

    private static final String EXPORT = "110106";

    private final AuditTrailWriter writer;
    private final CallerAuditContext context;
    private final String referenceBase;
    /** Patients already recorded per export; an export runs for minutes, so a day of memory is ample. */
    private final Cache<String, Boolean> recorded = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofDays(1))
            .maximumSize(2_000_000)
            .build();

    ExportDisclosureAuditor(AuditTrailWriter writer, CallerAuditContext context, String referenceBase) {
        this.writer = writer;
        this.context = context;
        this.referenceBase = referenceBase;
    }

    @EventListener
    void recordExported(RecordExported exported) {
        for (String patient : exported.patientIds()) {
            if (recorded.asMap().putIfAbsent(exported.exportId() + "|" + patient, Boolean.TRUE) == null) {
                writer.submit(eventFor(exported, patient));
            }
        }
    }

    private AuditEvent eventFor(RecordExported exported, String patient) {
        var event = new AuditEvent();
        event.getType().setSystem(AuditEvents.DICOM).setCode(EXPORT).setDisplay("Export");
        event.setAction(AuditEventAction.R);
        event.setOutcome(AuditEventOutcome._0);
        event.setRecorded(new Date());
        event.getSource().getObserver().setDisplay(referenceBase);
        event.addAgent().setRequestor(false).setWho(context.clientReference(exported.caller()));
        event.addAgent().setRequestor(true).setWho(context.userReference(exported.caller()));
        AuditEvents.addPatient(event, context.reference("Patient", patient));
        AuditEvents.addRequestDescription(event, "GET", exported.requestUrl());
        AuditEvents.addOperationName(event, "$export");
        AuditEvents.setPurpose(event, AuditEvents.treatment());
        return event;
    }
}

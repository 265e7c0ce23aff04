package org.ephr.server.audit;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Reference;

/** Audit events and keys for the unit tests. */
final class TestAuditEvents {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final String BASE = "https://ephr.test/fhir";

    private TestAuditEvents() {}

    /** A patient read in BALP's shape, enough for hashing and chaining. */
    static AuditEvent patientRead(String patientId) {
        var event = new AuditEvent();
        event.getMeta().addProfile("https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PatientRead");
        event.getType()
                .setSystem("http://terminology.hl7.org/CodeSystem/audit-event-type")
                .setCode("rest");
        event.addSubtype().setSystem("http://hl7.org/fhir/restful-interaction").setCode("read");
        event.setAction(AuditEvent.AuditEventAction.R);
        event.setOutcome(AuditEvent.AuditEventOutcome._0);
        event.setRecorded(new Date(1_760_000_000_000L));
        event.addAgent().setRequestor(true).getWho().setDisplay("dr-ana");
        event.addEntity().setWhat(new Reference(BASE + "/Patient/" + patientId));
        return event;
    }

    /** A static key committed for these tests only (src/test/resources/audit/). */
    static CheckpointSigner testKey() {
        return key("/audit/test-signing-key.pem");
    }

    static CheckpointSigner otherTestKey() {
        return key("/audit/other-test-signing-key.pem");
    }

    private static CheckpointSigner key(String resource) {
        try (var in = TestAuditEvents.class.getResourceAsStream(resource)) {
            return CheckpointSigner.fromPkcs8Pem(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

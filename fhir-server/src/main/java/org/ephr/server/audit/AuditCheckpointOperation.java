package org.ephr.server.audit;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code POST [base]/$audit-checkpoint}: signs the trail's head now, after every event queued before the call, and
 * returns the checkpoint (for instance before archiving the trail). Without events, returns no checkpoint.
 */
class AuditCheckpointOperation {

    static final String NAME = "$audit-checkpoint";

    private final AuditTrailWriter writer;

    AuditCheckpointOperation(AuditTrailWriter writer) {
        this.writer = writer;
    }

    @Operation(name = NAME, idempotent = false)
    public Parameters checkpoint() {
        Optional<Checkpoint> checkpoint;
        try {
            checkpoint = writer.checkpointNow().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new InternalErrorException("The audit checkpoint could not be written: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InternalErrorException("Interrupted while waiting for the audit checkpoint", e);
        }
        var parameters = new Parameters();
        checkpoint.ifPresent(signed -> {
            parameters.addParameter("sequence", new IntegerType(Math.toIntExact(signed.sequence())));
            parameters.addParameter("chainHash", new StringType(signed.chainHash()));
            parameters.addParameter("signedAt", new InstantType(Date.from(signed.signedAt())));
            parameters.addParameter("keyId", new StringType(signed.keyId()));
            parameters.addParameter("signature", new StringType(signed.signature()));
        });
        return parameters;
    }
}

package org.ephr.server.audit;

import ca.uhn.fhir.rest.annotation.Operation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code GET|POST [base]/$verify-audit-chain}: re-reads the whole audit trail and says whether it is intact.
 * Answers 200 either way; {@code verified} is the verdict, and each {@code break} (first position first) says where
 * and what: {@code event-changed}, {@code event-missing}, {@code chain-link-broken},
 * {@code checkpoint-signature-invalid}, {@code checkpoint-mismatch} or {@code checkpoint-key-unknown}.
 */
class VerifyAuditChainOperation {

    static final String NAME = "$verify-audit-chain";

    private final AuditChainVerifier verifier;

    VerifyAuditChainOperation(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Operation(name = NAME, idempotent = true)
    public Parameters verifyAuditChain() {
        return toParameters(verifier.verify());
    }

    static Parameters toParameters(AuditChainVerifier.Report report) {
        var parameters = new Parameters();
        parameters.addParameter("verified", new BooleanType(report.verified()));
        parameters.addParameter("eventsChecked", new IntegerType(Math.toIntExact(report.eventsChecked())));
        parameters.addParameter("checkpointsChecked", new IntegerType(report.checkpointsChecked()));
        parameters.addParameter("lastSequence", new IntegerType(Math.toIntExact(report.lastSequence())));
        parameters.addParameter("breakCount", new IntegerType(report.breakCount()));
        report.lastCheckpoint().ifPresent(checkpoint -> {
            var part = parameters.addParameter().setName("lastCheckpoint");
            part.addPart().setName("sequence").setValue(new IntegerType(Math.toIntExact(checkpoint.sequence())));
            part.addPart().setName("signedAt").setValue(new InstantType(java.util.Date.from(checkpoint.signedAt())));
            part.addPart().setName("keyId").setValue(new StringType(checkpoint.keyId()));
        });
        for (AuditChainVerifier.Break found : report.breaks()) {
            var part = parameters.addParameter().setName("break");
            part.addPart().setName("sequence").setValue(new IntegerType(Math.toIntExact(found.sequence())));
            if (found.resourceId() != null) {
                part.addPart().setName("resource").setValue(new Reference("AuditEvent/" + found.resourceId()));
            }
            part.addPart().setName("problem").setValue(new CodeType(found.problem().code));
            part.addPart().setName("detail").setValue(new StringType(found.detail()));
        }
        return parameters;
    }
}

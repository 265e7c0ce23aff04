package org.ephr.server.reporting;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import org.ephr.export.ReportSigner;
import org.ephr.server.keys.DetachedSignatureVerifier;
import org.hl7.fhir.r4.model.Base64BinaryType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code POST [base]/$verify-ihr-report}: whether a report (its exact bytes, as {@code report} in base64 or as
 * {@code reportText}) matches its detached JWS {@code signature} under this server's report key. Without a
 * report, it only gives the key's id and public key, for verifiers that check offline ({@code VerifyReport}).
 */
class VerifyIhrReportOperation {

    static final String NAME = "$verify-ihr-report";

    private final DetachedSignatureVerifier verifier;

    VerifyIhrReportOperation(ReportSigner signer) {
        // Whatever key the signature names, it is checked against the report key, which says whose it is not.
        var reportKey = new DetachedSignatureVerifier.SigningKey(null, signer.publicKey());
        this.verifier = new DetachedSignatureVerifier(signer, "report", keyId -> reportKey);
    }

    @Operation(name = NAME, idempotent = true)
    public Parameters verify(
            @OperationParam(name = "report", max = 1) Base64BinaryType report,
            @OperationParam(name = "reportText", max = 1) StringType reportText,
            @OperationParam(name = "signature", max = 1) StringType signature) {
        return verifier.verify(report, reportText, signature);
    }
}

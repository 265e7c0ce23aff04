package org.ephr.server.reporting;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import org.ephr.export.ReportSignature;
import org.ephr.export.ReportSigner;
import org.hl7.fhir.r4.model.Base64BinaryType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code POST [base]/$verify-ihr-report}: whether a report (its exact bytes, as {@code report} in base64 or as
 * {@code reportText}) matches its detached JWS {@code signature} under this server's report key. Without a
 * report, it only gives the key's id and public key, for verifiers that check offline ({@code VerifyReport}).
 */
class VerifyIhrReportOperation {

    static final String NAME = "$verify-ihr-report";

    private final ReportSigner signer;

    VerifyIhrReportOperation(ReportSigner signer) {
        this.signer = signer;
    }

    @Operation(name = NAME, idempotent = true)
    public Parameters verify(
            @OperationParam(name = "report", max = 1) Base64BinaryType report,
            @OperationParam(name = "reportText", max = 1) StringType reportText,
            @OperationParam(name = "signature", max = 1) StringType signature) {
        var result = new Parameters();
        result.addParameter("keyId", new StringType(signer.keyId()));
        result.addParameter("publicKey", new StringType(signer.publicKeyPem()));
        byte[] content = report != null && report.getValue() != null
                ? report.getValue()
                : reportText != null && reportText.getValue() != null
                        ? reportText.getValue().getBytes(StandardCharsets.UTF_8)
                        : null;
        if (content == null && signature == null) {
            return result;
        }
        if (content == null || signature == null || signature.getValue() == null) {
            throw new InvalidRequestException("Give both the report (report or reportText) and its signature");
        }
        ReportSignature.Verification verification =
                ReportSignature.verify(content, signature.getValue().trim(), signer.publicKey());
        result.addParameter("valid", new BooleanType(verification.valid()));
        if (verification.reason() != null) {
            result.addParameter("reason", new StringType(verification.reason()));
        }
        return result;
    }
}

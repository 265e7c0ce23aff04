package org.ephr.server.exchange;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.ephr.export.ReportSignature;
import org.ephr.export.ReportSigner;
import org.hl7.fhir.r4.model.Base64BinaryType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code POST [base]/$verify-signature}: whether a detached JWS ({@code signature}) was made over exactly these bytes
 * ({@code content}, base64, or {@code contentText}) by this server's exchange key or by a trusted national system's
 * key, and by whom. Without content it returns this server's key id and public key, for offline verification.
 * Discloses no record: the caller brings the bytes.
 */
class VerifySignatureOperation {

    static final String NAME = "$verify-signature";

    /** A public key this server trusts, under the name it reports. */
    record TrustedKey(String name, Ed25519PublicKeyParameters publicKey) {}

    private final ReportSigner ownKey;
    private final String ownName;
    private final Map<String, TrustedKey> trustedByKeyId;

    VerifySignatureOperation(ReportSigner ownKey, String ownName, Map<String, TrustedKey> trustedByKeyId) {
        this.ownKey = ownKey;
        this.ownName = ownName;
        this.trustedByKeyId = trustedByKeyId;
    }

    @Operation(name = NAME, idempotent = false)
    public Parameters verify(
            @OperationParam(name = "content", max = 1) Base64BinaryType content,
            @OperationParam(name = "contentText", max = 1) StringType contentText,
            @OperationParam(name = "signature", max = 1) StringType signature) {
        var result = new Parameters();
        result.addParameter("keyId", new StringType(ownKey.keyId()));
        result.addParameter("publicKey", new StringType(ownKey.publicKeyPem()));
        byte[] bytes = content != null && content.getValue() != null
                ? content.getValue()
                : contentText != null && contentText.getValue() != null
                        ? contentText.getValue().getBytes(StandardCharsets.UTF_8)
                        : null;
        if (bytes == null && signature == null) {
            return result;
        }
        if (bytes == null || signature == null || signature.getValue() == null) {
            throw new InvalidRequestException("Give both the content (content or contentText) and its signature");
        }
        String jws = signature.getValue().trim();
        String keyId = ReportSignature.keyIdOf(jws);
        TrustedKey key =
                ownKey.keyId().equals(keyId) ? new TrustedKey(ownName, ownKey.publicKey()) : trustedByKeyId.get(keyId);
        if (key == null) {
            result.addParameter("valid", new BooleanType(false));
            result.addParameter(
                    "reason", new StringType("signed with key " + keyId + ", which this server does not trust"));
            return result;
        }
        ReportSignature.Verification verification = ReportSignature.verify(bytes, jws, key.publicKey());
        result.addParameter("valid", new BooleanType(verification.valid()));
        if (verification.valid()) {
            result.addParameter("signer", new StringType(key.name()));
        }
        result.addParameter("reason", new StringType(verification.reason()));
        return result;
    }
}

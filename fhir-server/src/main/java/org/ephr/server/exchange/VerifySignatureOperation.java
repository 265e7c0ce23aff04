package org.ephr.server.exchange;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import java.util.Map;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.ephr.export.ReportSigner;
import org.ephr.server.keys.DetachedSignatureVerifier;
import org.hl7.fhir.r4.model.Base64BinaryType;
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

    private final DetachedSignatureVerifier verifier;

    VerifySignatureOperation(ReportSigner ownKey, String ownName, Map<String, TrustedKey> trustedByKeyId) {
        var own = new DetachedSignatureVerifier.SigningKey(ownName, ownKey.publicKey());
        this.verifier = new DetachedSignatureVerifier(ownKey, "content", keyId -> {
            if (ownKey.keyId().equals(keyId)) {
                return own;
            }
            TrustedKey trusted = trustedByKeyId.get(keyId);
            return trusted == null
                    ? null
                    : new DetachedSignatureVerifier.SigningKey(trusted.name(), trusted.publicKey());
        });
    }

    @Operation(name = NAME, idempotent = false)
    public Parameters verify(
            @OperationParam(name = "content", max = 1) Base64BinaryType content,
            @OperationParam(name = "contentText", max = 1) StringType contentText,
            @OperationParam(name = "signature", max = 1) StringType signature) {
        return verifier.verify(content, contentText, signature);
    }
}

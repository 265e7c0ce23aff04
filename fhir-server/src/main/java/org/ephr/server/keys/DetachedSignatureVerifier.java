package org.ephr.server.keys;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.ephr.export.ReportSignature;
import org.ephr.export.ReportSigner;
import org.hl7.fhir.r4.model.Base64BinaryType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * The answer of the operations that check a detached JWS ({@code $verify-ihr-report}, {@code $verify-signature}):
 * this server's key id and public key, then, when the caller brings bytes and a signature, whether the key the
 * signature names signed exactly these bytes, and why not.
 */
public final class DetachedSignatureVerifier {

    /** A public key that may have signed; {@code name}, when not null, is answered as the signer. */
    public record SigningKey(String name, Ed25519PublicKeyParameters publicKey) {}

    private final ReportSigner ownKey;
    private final String contentParameter;
    private final Function<String, SigningKey> keysById;

    /**
     * @param ownKey this server's key, whose id and public key every answer gives
     * @param contentParameter the name of the base64 content parameter; the text one is the same name + {@code Text}
     * @param keysById the key that the signature's key id names, null for one this server does not trust
     */
    public DetachedSignatureVerifier(
            ReportSigner ownKey, String contentParameter, Function<String, SigningKey> keysById) {
        this.ownKey = ownKey;
        this.contentParameter = contentParameter;
        this.keysById = keysById;
    }

    public Parameters verify(Base64BinaryType content, StringType contentText, StringType signature) {
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
            throw new InvalidRequestException(
                    String.format("Give both the %1$s (%1$s or %1$sText) and its signature", contentParameter));
        }
        String jws = signature.getValue().trim();
        String keyId = ReportSignature.keyIdOf(jws);
        if (keyId == null) {
            throw new InvalidRequestException(
                    "The signature is not a detached JWS naming its key (a protected header with \"kid\")");
        }
        SigningKey key = keysById.apply(keyId);
        if (key == null) {
            result.addParameter("valid", new BooleanType(false));
            result.addParameter(
                    "reason", new StringType("signed with key " + keyId + ", which this server does not trust"));
            return result;
        }
        ReportSignature.Verification verification = ReportSignature.verify(bytes, jws, key.publicKey());
        result.addParameter("valid", new BooleanType(verification.valid()));
        if (verification.valid() && key.name() != null) {
            result.addParameter("signer", new StringType(key.name()));
        }
        result.addParameter("reason", new StringType(verification.reason()));
        return result;
    }
}

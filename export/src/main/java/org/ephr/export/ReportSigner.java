package org.ephr.export;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * Signs the exact bytes of a report, in any format, with an Ed25519 key (Bouncy Castle's lightweight API), as a
 * detached JSON Web Signature with an unencoded payload (RFC 7515 compact serialisation, RFC 7797
 * {@code "b64": false}, RFC 8037 {@code "alg": "EdDSA"}):
 *
 * <pre>
 * header    = {"alg":"EdDSA","b64":false,"crit":["b64"],"kid":"&lt;key id&gt;"}
 * signature = Ed25519(ASCII(BASE64URL(header)) || "." || report bytes)
 * JWS       = BASE64URL(header) || ".." || BASE64URL(signature)
 * </pre>
 *
 * The unencoded form signs the report file as it is, so a verifier needs the file and the JWS, nothing re-encoded;
 * standard JOSE libraries verify it. The key and its id are an {@link Ed25519SigningKey}, as for the audit trail's
 * checkpoints.
 */
public final class ReportSigner {

    static final String HEADER_TEMPLATE = "{\"alg\":\"EdDSA\",\"b64\":false,\"crit\":[\"b64\"],\"kid\":\"%s\"}";

    private final Ed25519SigningKey key;

    private ReportSigner(Ed25519SigningKey key) {
        this.key = key;
    }

    public static ReportSigner generate(SecureRandom random) {
        return new ReportSigner(Ed25519SigningKey.generate(random));
    }

    /** Reads an unencrypted PKCS#8 PEM Ed25519 key, as {@code openssl genpkey -algorithm ed25519} writes it. */
    public static ReportSigner fromPkcs8Pem(String pem) {
        return new ReportSigner(Ed25519SigningKey.fromPkcs8Pem(pem, "report signing key"));
    }

    public String keyId() {
        return key.keyId();
    }

    public Ed25519PublicKeyParameters publicKey() {
        return key.publicKey();
    }

    /** The detached JWS of these exact bytes. */
    public String sign(byte[] report) {
        String header = base64Url(String.format(HEADER_TEMPLATE, key.keyId()).getBytes(StandardCharsets.UTF_8));
        return header + ".." + base64Url(key.sign(ReportSignature.signingInput(header, report)));
    }

    public String privateKeyPem() {
        return key.privateKeyPem();
    }

    /** The public half (SubjectPublicKeyInfo PEM), for whoever verifies reports. */
    public String publicKeyPem() {
        return key.publicKeyPem();
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

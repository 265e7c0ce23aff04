package org.ephr.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.openssl.PEMParser;

/** Verifies the detached JWS that {@link ReportSigner} makes, saying why when it fails. */
public final class ReportSignature {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome of a verification. */
    public record Verification(boolean valid, String reason) {
        static Verification invalid(String reason) {
            return new Verification(false, reason);
        }
    }

    private ReportSignature() {}

    /** Whether {@code jws} is a valid signature of exactly these bytes by this key. */
    public static Verification verify(byte[] report, String jws, Ed25519PublicKeyParameters publicKey) {
        String[] parts = jws.trim().split("\\.", -1);
        if (parts.length != 3) {
            return Verification.invalid("not a compact JWS (three dot-separated parts)");
        }
        if (!parts[1].isEmpty()) {
            return Verification.invalid("the JWS carries its payload; expected a detached JWS (header..signature)");
        }
        JsonNode header;
        byte[] signature;
        try {
            header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException | IOException e) {
            return Verification.invalid("the JWS header or signature is not valid base64url JSON");
        }
        if (header == null || !header.isObject()) {
            return Verification.invalid("the JWS header is not a JSON object");
        }
        if (!"EdDSA".equals(header.path("alg").asText(null))) {
            return Verification.invalid("unsupported algorithm " + header.path("alg") + "; expected EdDSA");
        }
        if (!header.path("b64").isBoolean() || header.path("b64").booleanValue()) {
            return Verification.invalid("expected an unencoded payload (\"b64\": false)");
        }
        JsonNode crit = header.path("crit");
        if (!crit.isArray() || crit.size() != 1 || !"b64".equals(crit.get(0).asText())) {
            return Verification.invalid("expected \"crit\": [\"b64\"]");
        }
        String expectedKeyId = keyId(publicKey);
        String keyId = header.path("kid").asText(null);
        if (!expectedKeyId.equals(keyId)) {
            return Verification.invalid("signed with key " + keyId + ", not with the given key " + expectedKeyId);
        }
        return Ed25519SigningKey.verify(publicKey, signingInput(parts[0], report), signature)
                ? new Verification(true, "valid signature by key " + keyId)
                : Verification.invalid("the signature does not match the report and header");
    }

    /** The key id ({@code kid}) a detached JWS names in its header; null when it names none or is unreadable. */
    public static String keyIdOf(String jws) {
        int dot = jws == null ? -1 : jws.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jws.substring(0, dot)));
            return header == null ? null : header.path("kid").asText(null);
        } catch (IllegalArgumentException | IOException unreadable) {
            return null;
        }
    }

    /** Reads a SubjectPublicKeyInfo PEM Ed25519 public key ({@code BEGIN PUBLIC KEY}). */
    public static Ed25519PublicKeyParameters publicKeyFromPem(String pem) {
        try (var parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (!(object instanceof SubjectPublicKeyInfo info)) {
                throw new IllegalArgumentException("Expected a public key PEM (BEGIN PUBLIC KEY)");
            }
            AsymmetricKeyParameter key = PublicKeyFactory.createKey(info);
            if (!(key instanceof Ed25519PublicKeyParameters ed25519)) {
                throw new IllegalArgumentException("Expected an Ed25519 public key, found "
                        + key.getClass().getSimpleName());
            }
            return ed25519;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable public key", e);
        }
    }

    /** The key id a {@link ReportSigner} with this public key names in its header. */
    public static String keyId(Ed25519PublicKeyParameters publicKey) {
        return Ed25519SigningKey.keyId(publicKey);
    }

    static byte[] signingInput(String encodedHeader, byte[] payload) {
        byte[] header = (encodedHeader + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] input = new byte[header.length + payload.length];
        System.arraycopy(header, 0, input, 0, header.length);
        System.arraycopy(payload, 0, input, header.length, payload.length);
        return input;
    }
}

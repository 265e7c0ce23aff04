package org.ephr.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

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
 * standard JOSE libraries verify it. The key id is the first 16 hex digits of the SHA-256 of the public key's
 * SubjectPublicKeyInfo, as for the audit trail's checkpoints.
 */
public final class ReportSigner {

    static final String HEADER_TEMPLATE = "{\"alg\":\"EdDSA\",\"b64\":false,\"crit\":[\"b64\"],\"kid\":\"%s\"}";

    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519PublicKeyParameters publicKey;
    private final String keyId;

    private ReportSigner(Ed25519PrivateKeyParameters privateKey) {
        this.privateKey = privateKey;
        this.publicKey = privateKey.generatePublicKey();
        this.keyId = ReportSignature.keyId(publicKey);
    }

    public static ReportSigner generate(SecureRandom random) {
        var generator = new Ed25519KeyPairGenerator();
        generator.init(new Ed25519KeyGenerationParameters(random));
        return new ReportSigner(
                (Ed25519PrivateKeyParameters) generator.generateKeyPair().getPrivate());
    }

    /** Reads an unencrypted PKCS#8 PEM Ed25519 key, as {@code openssl genpkey -algorithm ed25519} writes it. */
    public static ReportSigner fromPkcs8Pem(String pem) {
        try (var parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (!(object instanceof PrivateKeyInfo info)) {
                throw new IllegalArgumentException("Expected an unencrypted PKCS#8 private key (BEGIN PRIVATE KEY)");
            }
            AsymmetricKeyParameter key = PrivateKeyFactory.createKey(info);
            if (!(key instanceof Ed25519PrivateKeyParameters ed25519)) {
                throw new IllegalArgumentException("The report signing key must be Ed25519, found "
                        + key.getClass().getSimpleName());
            }
            return new ReportSigner(ed25519);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable report signing key", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public Ed25519PublicKeyParameters publicKey() {
        return publicKey;
    }

    /** The detached JWS of these exact bytes. */
    public String sign(byte[] report) {
        String header = base64Url(String.format(HEADER_TEMPLATE, keyId).getBytes(StandardCharsets.UTF_8));
        byte[] input = ReportSignature.signingInput(header, report);
        var signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(input, 0, input.length);
        return header + ".." + base64Url(signer.generateSignature());
    }

    public String privateKeyPem() {
        try {
            return pem(
                    "PRIVATE KEY",
                    PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey).getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The public half (SubjectPublicKeyInfo PEM), for whoever verifies reports. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", ReportSignature.subjectPublicKeyInfo(publicKey));
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String pem(String type, byte[] der) {
        var text = new StringWriter();
        try (var writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}

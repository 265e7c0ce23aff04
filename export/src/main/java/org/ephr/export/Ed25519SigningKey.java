package org.ephr.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * An Ed25519 private key with its public half and key id, as the report, exchange and audit signers hold it (Bouncy
 * Castle's lightweight API: no JCA provider to register). What each signs, and how the signature is framed, is theirs.
 * The key id is the first 16 hex digits of the SHA-256 of the public key's SubjectPublicKeyInfo, so that a verifier
 * can tell a forged signature from one made with a key it does not hold.
 */
public final class Ed25519SigningKey {

    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519PublicKeyParameters publicKey;
    private final String keyId;

    private Ed25519SigningKey(Ed25519PrivateKeyParameters privateKey) {
        this.privateKey = privateKey;
        this.publicKey = privateKey.generatePublicKey();
        this.keyId = keyId(publicKey);
    }

    public static Ed25519SigningKey generate(SecureRandom random) {
        var generator = new Ed25519KeyPairGenerator();
        generator.init(new Ed25519KeyGenerationParameters(random));
        return new Ed25519SigningKey(
                (Ed25519PrivateKeyParameters) generator.generateKeyPair().getPrivate());
    }

    /**
     * Reads an unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), as {@code openssl genpkey} writes.
     *
     * @param use what the key is for, in error messages ({@code "audit signing key"})
     */
    public static Ed25519SigningKey fromPkcs8Pem(String pem, String use) {
        try (var parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (!(object instanceof PrivateKeyInfo info)) {
                throw new IllegalArgumentException("Expected an unencrypted PKCS#8 private key (BEGIN PRIVATE KEY),"
                        + " found "
                        + (object == null ? "no PEM object" : object.getClass().getSimpleName()));
            }
            AsymmetricKeyParameter key = PrivateKeyFactory.createKey(info);
            if (!(key instanceof Ed25519PrivateKeyParameters ed25519)) {
                throw new IllegalArgumentException("The " + use + " must be Ed25519 (openssl genpkey"
                        + " -algorithm ed25519), found " + key.getClass().getSimpleName());
            }
            return new Ed25519SigningKey(ed25519);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + use, e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of the key's SubjectPublicKeyInfo. */
    public static String keyId(Ed25519PublicKeyParameters publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subjectPublicKeyInfo(publicKey));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is this public key's Ed25519 signature of exactly {@code message}. */
    public static boolean verify(Ed25519PublicKeyParameters publicKey, byte[] message, byte[] signature) {
        var verifier = new Ed25519Signer();
        verifier.init(false, publicKey);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    public String keyId() {
        return keyId;
    }

    public Ed25519PublicKeyParameters publicKey() {
        return publicKey;
    }

    /** The raw 64-byte Ed25519 signature of exactly {@code message}. */
    public byte[] sign(byte[] message) {
        var signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
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

    /** The public half (SubjectPublicKeyInfo PEM), for whoever verifies outside this server. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", subjectPublicKeyInfo(publicKey));
    }

    private static byte[] subjectPublicKeyInfo(Ed25519PublicKeyParameters publicKey) {
        try {
            return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey)
                    .getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

package org.ephr.server.audit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
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
 * Signs and verifies checkpoints with an Ed25519 key (Bouncy Castle's lightweight API: no JCA provider to register).
 * The key is identified by a fingerprint of its public half, stored with each checkpoint, so that a verifier can
 * tell a forged signature from one made with a key it does not hold.
 */
final class CheckpointSigner {

    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519PublicKeyParameters publicKey;
    private final String keyId;

    private CheckpointSigner(Ed25519PrivateKeyParameters privateKey) {
        this.privateKey = privateKey;
        this.publicKey = privateKey.generatePublicKey();
        this.keyId =
                AuditEventHasher.hex(AuditEventHasher.sha256(publicKeyInfo())).substring(0, 16);
    }

    static CheckpointSigner generate(SecureRandom random) {
        var generator = new Ed25519KeyPairGenerator();
        generator.init(new Ed25519KeyGenerationParameters(random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new CheckpointSigner((Ed25519PrivateKeyParameters) pair.getPrivate());
    }

    /** Reads an unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), as {@code openssl genpkey} writes. */
    static CheckpointSigner fromPkcs8Pem(String pem) {
        try (var parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (!(object instanceof PrivateKeyInfo info)) {
                throw new IllegalArgumentException("Expected an unencrypted PKCS#8 private key (BEGIN PRIVATE KEY),"
                        + " found "
                        + (object == null ? "no PEM object" : object.getClass().getSimpleName()));
            }
            AsymmetricKeyParameter key = PrivateKeyFactory.createKey(info);
            if (!(key instanceof Ed25519PrivateKeyParameters ed25519)) {
                throw new IllegalArgumentException("The audit signing key must be Ed25519 (openssl genpkey"
                        + " -algorithm ed25519), found " + key.getClass().getSimpleName());
            }
            return new CheckpointSigner(ed25519);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable audit signing key", e);
        }
    }

    String keyId() {
        return keyId;
    }

    Checkpoint sign(long sequence, String chainHash, Instant signedAt) {
        Instant millis = Instant.ofEpochMilli(signedAt.toEpochMilli());
        byte[] message = Checkpoint.message(sequence, chainHash, millis);
        var signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        String signature = Base64.getEncoder().encodeToString(signer.generateSignature());
        return new Checkpoint(sequence, chainHash, millis, keyId, signature);
    }

    /** Whether this key signed exactly this checkpoint; false for another key's checkpoint or any altered field. */
    boolean verify(Checkpoint checkpoint) {
        if (!keyId.equals(checkpoint.keyId())) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(checkpoint.signature());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        byte[] message = checkpoint.message();
        var verifier = new Ed25519Signer();
        verifier.init(false, publicKey);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    String privateKeyPem() {
        try {
            return pem(
                    "PRIVATE KEY",
                    PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey).getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The public half, for whoever verifies the trail outside this server. */
    String publicKeyPem() {
        return pem("PUBLIC KEY", publicKeyInfo());
    }

    private byte[] publicKeyInfo() {
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

package org.ephr.server.audit;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.ephr.export.Ed25519SigningKey;

/**
 * Signs and verifies checkpoints with an Ed25519 key. The key is identified by a fingerprint of its public half,
 * stored with each checkpoint, so that a verifier can tell a forged signature from one made with a key it does not
 * hold.
 */
final class CheckpointSigner {

    private final Ed25519SigningKey key;

    private CheckpointSigner(Ed25519SigningKey key) {
        this.key = key;
    }

    static CheckpointSigner generate(SecureRandom random) {
        return new CheckpointSigner(Ed25519SigningKey.generate(random));
    }

    /** Reads an unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), as {@code openssl genpkey} writes. */
    static CheckpointSigner fromPkcs8Pem(String pem) {
        return new CheckpointSigner(Ed25519SigningKey.fromPkcs8Pem(pem, "audit signing key"));
    }

    String keyId() {
        return key.keyId();
    }

    Checkpoint sign(long sequence, String chainHash, Instant signedAt) {
        Instant millis = Instant.ofEpochMilli(signedAt.toEpochMilli());
        byte[] message = Checkpoint.message(sequence, chainHash, millis);
        String signature = Base64.getEncoder().encodeToString(key.sign(message));
        return new Checkpoint(sequence, chainHash, millis, key.keyId(), signature);
    }

    /** Whether this key signed exactly this checkpoint; false for another key's checkpoint or any altered field. */
    boolean verify(Checkpoint checkpoint) {
        if (!key.keyId().equals(checkpoint.keyId())) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(checkpoint.signature());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return Ed25519SigningKey.verify(key.publicKey(), checkpoint.message(), signature);
    }

    String privateKeyPem() {
        return key.privateKeyPem();
    }

    /** The public half, for whoever verifies the trail outside this server. */
    String publicKeyPem() {
        return key.publicKeyPem();
    }
}

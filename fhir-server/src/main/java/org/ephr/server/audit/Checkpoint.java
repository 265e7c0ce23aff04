package org.ephr.server.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement that the chain reached {@code chainHash} at {@code sequence}. Whoever rewrites the trail up to
 * there, chain table included, cannot produce a matching signature without the private key.
 *
 * @param signedAt when it was signed, to the millisecond (part of the signed message)
 * @param keyId the signing key's fingerprint ({@link CheckpointSigner#keyId()})
 * @param signature Ed25519 signature of {@link #message()}, base64
 */
record Checkpoint(long sequence, String chainHash, Instant signedAt, String keyId, String signature) {

    /** What is signed: versioned, so that the format can change without old signatures becoming ambiguous. */
    static byte[] message(long sequence, String chainHash, Instant signedAt) {
        return ("ephr-audit-checkpoint:v1:" + sequence + ":" + chainHash + ":" + signedAt.toEpochMilli())
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] message() {
        return message(sequence, chainHash, signedAt);
    }
}

package org.ephr.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import org.ephr.server.keys.SigningKeyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointSignerTest {

    private static final String CHAIN_HASH = "ab".repeat(32);
    private static final Instant SIGNED_AT = Instant.parse("2025-11-21T10:15:30.123Z");

    private final CheckpointSigner key = TestAuditEvents.testKey();

    @Test
    void verifyWhenSignedByThisKeyThenTrue() {
        assertThat(key.verify(key.sign(42, CHAIN_HASH, SIGNED_AT))).isTrue();
    }

    @Test
    void verifyWhenAnySignedFieldAlteredThenFalse() {
        Checkpoint signed = key.sign(42, CHAIN_HASH, SIGNED_AT);

        assertThat(key.verify(new Checkpoint(41, CHAIN_HASH, SIGNED_AT, key.keyId(), signed.signature())))
                .isFalse();
        assertThat(key.verify(new Checkpoint(42, "cd".repeat(32), SIGNED_AT, key.keyId(), signed.signature())))
                .isFalse();
        assertThat(key.verify(
                        new Checkpoint(42, CHAIN_HASH, SIGNED_AT.plusSeconds(1), key.keyId(), signed.signature())))
                .isFalse();
    }

    @Test
    void verifyWhenAnotherKeySignedUnderThisKeysIdThenFalse() {
        Checkpoint forged = TestAuditEvents.otherTestKey().sign(42, CHAIN_HASH, SIGNED_AT);

        assertThat(key.verify(new Checkpoint(42, CHAIN_HASH, forged.signedAt(), key.keyId(), forged.signature())))
                .isFalse();
        assertThat(key.verify(forged)).isFalse();
    }

    @Test
    void signWhenTimeHasNanosecondsThenSignsTheMillisecondThatIsStored() {
        Checkpoint signed = key.sign(1, CHAIN_HASH, SIGNED_AT.plusNanos(456_789));

        assertThat(signed.signedAt()).isEqualTo(SIGNED_AT);
        assertThat(key.verify(signed)).isTrue();
    }

    @Test
    void keyIdWhenSameKeyReadTwiceThenSameAndOtherKeyDiffers() {
        assertThat(TestAuditEvents.testKey().keyId())
                .isEqualTo(key.keyId())
                .hasSize(16)
                .isNotEqualTo(TestAuditEvents.otherTestKey().keyId());
    }

    @Test
    void fromPkcs8PemWhenNotEd25519ThenRefusedWithAdvice() throws Exception {
        var rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(rsa.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        assertThatThrownBy(() -> CheckpointSigner.fromPkcs8Pem(pem))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ed25519");
    }

    @Test
    void loadOrGenerateWhenNoKeyYetThenGeneratesOnceAndReusesIt(@TempDir Path directory) {
        var source = new SigningKeyFiles.KeySource(
                "audit checkpoints", "test", "", directory.resolve("keys"), AuditConfig.GENERATED_KEY_NAME);
        java.util.function.Supplier<SigningKeyFiles.KeyPairPem> generator = () -> {
            CheckpointSigner generated = CheckpointSigner.generate(new java.security.SecureRandom());
            return new SigningKeyFiles.KeyPairPem(generated.privateKeyPem(), generated.publicKeyPem());
        };
        CheckpointSigner first = CheckpointSigner.fromPkcs8Pem(SigningKeyFiles.loadOrGenerate(source, generator));
        CheckpointSigner second = CheckpointSigner.fromPkcs8Pem(SigningKeyFiles.loadOrGenerate(source, generator));

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.verify(first.sign(7, CHAIN_HASH, SIGNED_AT))).isTrue();
        assertThat(source.generatedPublicKeyFile()).exists();
        try (var files = Files.list(directory.resolve("keys"))) {
            assertThat(files).hasSize(2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

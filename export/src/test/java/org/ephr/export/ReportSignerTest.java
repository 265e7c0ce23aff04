package org.ephr.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.ephr.export.ReportSignature.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSignerTest {

    private static final ReportSigner SIGNER = ReportSigner.generate(new SecureRandom());
    private static final byte[] REPORT = CsvFormat.write(Reports.weeklyCases());

    @Test
    void signedReportWhenVerifiedWithTheSignersKeyThenValid() {
        String jws = SIGNER.sign(REPORT);

        Verification verification = ReportSignature.verify(REPORT, jws, SIGNER.publicKey());

        assertThat(verification.valid()).as(verification.reason()).isTrue();
        assertThat(jws).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");
        assertThat(header(jws))
                .isEqualTo("{\"alg\":\"EdDSA\",\"b64\":false,\"crit\":[\"b64\"],\"kid\":\"" + SIGNER.keyId() + "\"}");
    }

    @Test
    void reportWhenOneByteChangedThenInvalid() {
        String jws = SIGNER.sign(REPORT);
        byte[] tampered = REPORT.clone();
        tampered[tampered.length / 2] ^= 1;

        Verification verification = ReportSignature.verify(tampered, jws, SIGNER.publicKey());

        assertThat(verification.valid()).isFalse();
        assertThat(verification.reason()).contains("does not match");
    }

    @Test
    void signatureWhenVerifiedWithAnotherKeyThenInvalid() {
        ReportSigner other = ReportSigner.generate(new SecureRandom());

        Verification verification = ReportSignature.verify(REPORT, SIGNER.sign(REPORT), other.publicKey());

        assertThat(verification.valid()).isFalse();
        assertThat(verification.reason()).contains("not with the given key");
    }

    @Test
    void headerWhenAlteredThenInvalid() {
        String jws = SIGNER.sign(REPORT);
        String signature = jws.substring(jws.indexOf("..") + 2);

        String extraField = encode(header(jws).replace("}", ",\"x\":1}")) + ".." + signature;
        String encodedPayload = encode(header(jws).replace("\"b64\":false", "\"b64\":true")) + ".." + signature;
        String otherAlgorithm = encode(header(jws).replace("EdDSA", "ES256")) + ".." + signature;
        String attached = jws.replace("..", "." + encode(new String(REPORT, StandardCharsets.UTF_8)) + ".");

        assertThat(ReportSignature.verify(REPORT, extraField, SIGNER.publicKey())
                        .reason())
                .contains("does not match");
        assertThat(ReportSignature.verify(REPORT, encodedPayload, SIGNER.publicKey())
                        .reason())
                .contains("b64");
        assertThat(ReportSignature.verify(REPORT, otherAlgorithm, SIGNER.publicKey())
                        .reason())
                .contains("unsupported algorithm");
        assertThat(ReportSignature.verify(REPORT, attached, SIGNER.publicKey()).reason())
                .contains("detached");
        assertThat(ReportSignature.verify(REPORT, "garbage", SIGNER.publicKey()).valid())
                .isFalse();
        assertThat(ReportSignature.verify(REPORT, "!!..!!", SIGNER.publicKey()).valid())
                .isFalse();
    }

    @Test
    void keysWhenWrittenAsPemAndReadBackThenSameKeyId() {
        ReportSigner reread = ReportSigner.fromPkcs8Pem(SIGNER.privateKeyPem());

        assertThat(reread.keyId()).isEqualTo(SIGNER.keyId());
        assertThat(ReportSignature.keyId(ReportSignature.publicKeyFromPem(SIGNER.publicKeyPem())))
                .isEqualTo(SIGNER.keyId());
    }

    @Test
    void verifyCommandWhenValidThenExitsZeroAndWhenTamperedThenOne(@TempDir Path directory) throws Exception {
        Path report = Files.write(directory.resolve("report.csv"), REPORT);
        Path signature = Files.writeString(directory.resolve("report.csv.jws"), SIGNER.sign(REPORT) + "\n");
        Path key = Files.writeString(directory.resolve("report-key.pub.pem"), SIGNER.publicKeyPem());
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] args = {
            "--report", report.toString(), "--signature", signature.toString(), "--public-key", key.toString()
        };

        assertThat(VerifyReport.run(args, new PrintStream(out), new PrintStream(err)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VALID");

        Files.write(report, tampered());
        assertThat(VerifyReport.run(args, new PrintStream(out), new PrintStream(err)))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("INVALID");

        assertThat(VerifyReport.run(
                        new String[] {"--report", report.toString()}, new PrintStream(out), new PrintStream(err)))
                .isEqualTo(2);
    }

    private static byte[] tampered() {
        byte[] bytes = REPORT.clone();
        bytes[bytes.length - 3] ^= 1;
        return bytes;
    }

    private static String header(String jws) {
        return new String(Base64.getUrlDecoder().decode(jws.substring(0, jws.indexOf('.'))), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

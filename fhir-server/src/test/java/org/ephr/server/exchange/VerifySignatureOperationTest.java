package org.ephr.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import org.ephr.export.ReportSigner;
import org.hl7.fhir.r4.model.Base64BinaryType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class VerifySignatureOperationTest {

    private static final ReportSigner SERVER = ReportSigner.generate(new SecureRandom());
    private static final ReportSigner GERMANY = ReportSigner.generate(new SecureRandom());
    private static final VerifySignatureOperation OPERATION = new VerifySignatureOperation(
            SERVER,
            "Migrant e-PHR",
            Map.of(GERMANY.keyId(), new VerifySignatureOperation.TrustedKey("moh-de", GERMANY.publicKey())));
    private static final byte[] BUNDLE =
            "{\"resourceType\":\"Bundle\",\"type\":\"transaction\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void verifyWhenSignedByTrustedNationalSystemThenValidWithItsName() {
        Parameters result = OPERATION.verify(new Base64BinaryType(BUNDLE), null, new StringType(GERMANY.sign(BUNDLE)));

        assertThat(result.getParameterBool("valid")).isTrue();
        assertThat(result.getParameter("signer").getValue().primitiveValue()).isEqualTo("moh-de");
    }

    @Test
    void verifyWhenKeyNotTrustedThenInvalidSayingSo() {
        ReportSigner stranger = ReportSigner.generate(new SecureRandom());

        Parameters result = OPERATION.verify(new Base64BinaryType(BUNDLE), null, new StringType(stranger.sign(BUNDLE)));

        assertThat(result.getParameterBool("valid")).isFalse();
        assertThat(result.getParameter("reason").getValue().primitiveValue()).contains("does not trust");
    }

    @Test
    void verifyWhenOneByteChangedThenInvalid() {
        byte[] changed = BUNDLE.clone();
        changed[changed.length - 3] = 'X';

        Parameters result = OPERATION.verify(new Base64BinaryType(changed), null, new StringType(SERVER.sign(BUNDLE)));

        assertThat(result.getParameterBool("valid")).isFalse();
    }

    @Test
    void verifyWhenNoContentThenOnlyThePublicKeyAndWhenHalfGivenThenBadRequest() {
        Parameters keyOnly = OPERATION.verify(null, null, null);

        assertThat(keyOnly.getParameter("publicKey").getValue().primitiveValue())
                .contains("BEGIN PUBLIC KEY");
        assertThat(keyOnly.getParameter("valid")).isNull();
        assertThatThrownBy(() -> OPERATION.verify(null, new StringType("{}"), null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void verifyWhenSignatureIsNotAJwsThenBadRequestNotServerError() {
        assertThatThrownBy(() -> OPERATION.verify(new Base64BinaryType(BUNDLE), null, new StringType("not-a-jws")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("kid");
    }
}

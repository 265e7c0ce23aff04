package org.ephr.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ephr.server.support.PostgresServerTestBase;
import org.ephr.server.support.RawHttp;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The terminology installed from the e-PHR package answers FHIR's terminology operations, in its languages. */
class TerminologyOperationsIT extends PostgresServerTestBase {

    private static final String BASE = "https://fhir.migrant-ephr.org";
    private static final String MIGRATION_STATUS_CS = BASE + "/CodeSystem/migration-status-cs";
    private static final String MIGRATION_STATUS_VS = BASE + "/ValueSet/migration-status-vs";

    @ParameterizedTest(name = "displayLanguage={0}")
    @CsvSource({"en, Refugee", "fr, réfugié", "ar, لاجئ"})
    void expandWhenDisplayLanguageGivenThenRefugeeShownInThatLanguage(String language, String display) {
        ValueSet expansion = get(
                ValueSet.class, "ValueSet/$expand?url=" + encode(MIGRATION_STATUS_VS) + "&displayLanguage=" + language);

        assertThat(expansion.getExpansion().getContains())
                .filteredOn(concept -> concept.getCode().equals("refugee"))
                .singleElement()
                .satisfies(concept -> assertThat(concept.getDisplay()).isEqualTo(display));
    }

    @Test
    void lookupWhenProjectCodeGivenThenDisplayAndDesignations() {
        Parameters result = get(
                Parameters.class, "CodeSystem/$lookup?system=" + encode(MIGRATION_STATUS_CS) + "&code=asylum-seeker");

        assertThat(result.getParameter("display").getValue().primitiveValue()).isEqualTo("Asylum seeker");
        assertThat(result.getParameter())
                .filteredOn(parameter -> parameter.getName().equals("designation"))
                .extracting(parameter -> parameter.getPart().stream()
                        .filter(part -> part.getName().equals("language"))
                        .findFirst()
                        .orElseThrow()
                        .getValue()
                        .primitiveValue())
                .contains("fr", "ar");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"refugee, true", "tourist, false"})
    void validateCodeWhenCodeCheckedAgainstValueSetThenResultSaysWhetherItBelongs(String code, boolean valid) {
        Parameters result = get(
                Parameters.class,
                "ValueSet/$validate-code?url=" + encode(MIGRATION_STATUS_VS) + "&system=" + encode(MIGRATION_STATUS_CS)
                        + "&code=" + code);

        assertThat(((BooleanType) result.getParameter("result").getValue()).booleanValue())
                .isEqualTo(valid);
    }

    @Test
    void translateWhenIcd10CodeForCholeraGivenThenIhrConditionCholera() {
        Parameters result = get(
                Parameters.class,
                "ConceptMap/$translate?url=" + encode(BASE + "/ConceptMap/icd10-to-ihr-condition") + "&system="
                        + encode("http://hl7.org/fhir/sid/icd-10") + "&code=A00");

        assertThat(((BooleanType) result.getParameter("result").getValue()).booleanValue())
                .isTrue();
        assertThat(result.getParameter())
                .filteredOn(parameter -> parameter.getName().equals("match"))
                .flatExtracting(match -> match.getPart())
                .filteredOn(part -> part.getName().equals("concept"))
                .extracting(part -> ((Coding) part.getValue()).getCode())
                .contains("cholera");
    }

    private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T get(Class<T> type, String path) {
        var response = RawHttp.get(fhirBase() + "/" + path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FHIR.newJsonParser().parseResource(type, response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

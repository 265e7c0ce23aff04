package org.ephr.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderValuesTest {

    /** Spring Security's own rule for header values (StrictHttpFirewall), which HeaderValues must agree with. */
    private static final Pattern SPRING_DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private final HeaderValues headerValues = new HeaderValues();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkci5hbWFsIn0.c2lnbmF0dXJl",
                "application/fhir+json; charset=utf-8",
                "",
                "Zürich, Amman عمّان",
                "emoji \uD83D\uDE91 outside the basic plane",
                "tab\tinside",
                "line\nbreak",
                "delete\u007f",
                "C1 control \u0085",
                "unassigned \u0378",
                "lone surrogate \uD800",
                "private use \uE000"
            })
    void headerValueWhenCheckedThenSameVerdictAsSpringSecuritysPattern(String value) {
        assertThat(headerValues.test(value))
                .isEqualTo(SPRING_DEFAULT.matcher(value).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "nul\u0000", "unassigned \u0378", "C1 control \u0085"})
    void headerValueWithControlOrUnassignedCharacterThenRefused(String value) {
        assertThat(headerValues.test(value)).isFalse();
    }
}

package org.ephr.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoLoaderOptionsTest {

    @Test
    void parseWhenNoArgumentsThenDefaults() {
        DemoLoaderOptions options = DemoLoaderOptions.parse();

        assertThat(options.server()).isEqualTo("http://localhost:8080/fhir");
        assertThat(options.patients()).isEqualTo(200);
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.from()).isZero();
        assertThat(options.help()).isFalse();
    }

    @Test
    void parseWhenOptionsGivenThenTheyWin() {
        DemoLoaderOptions options = DemoLoaderOptions.parse(
                "--server",
                "http://fhir.example:9090/fhir/",
                "--patients",
                "5",
                "--seed",
                "-3",
                "--from",
                "100",
                "--reference-date",
                "2024-01-31");

        assertThat(options.server()).isEqualTo("http://fhir.example:9090/fhir");
        assertThat(options.patients()).isEqualTo(5);
        assertThat(options.seed()).isEqualTo(-3);
        assertThat(options.from()).isEqualTo(100);
        assertThat(options.referenceDate()).isEqualTo(LocalDate.of(2024, 1, 31));
    }

    @Test
    void parseWhenUnknownOrInvalidThenRejected() {
        assertThatThrownBy(() -> DemoLoaderOptions.parse("--patients", "many"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--patients");
        assertThatThrownBy(() -> DemoLoaderOptions.parse("--colour", "blue"))
                .hasMessageContaining("Unknown option --colour");
        assertThatThrownBy(() -> DemoLoaderOptions.parse("--seed")).hasMessageContaining("Missing value");
    }
}

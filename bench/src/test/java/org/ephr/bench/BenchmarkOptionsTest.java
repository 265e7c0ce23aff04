package org.ephr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void parseWhenOnlyServerThenDefaults() {
        long before = System.currentTimeMillis() * 1000;

        BenchmarkOptions options = BenchmarkOptions.parse("--server", "http://localhost:8080/fhir/");

        assertThat(options.server()).isEqualTo("http://localhost:8080/fhir");
        assertThat(options.patients()).isEqualTo(1000);
        assertThat(options.readSamples()).isEqualTo(500);
        assertThat(options.concurrentClients()).isEqualTo(4);
        assertThat(options.warmUpBundles()).isEqualTo(200);
        assertThat(options.from()).isGreaterThanOrEqualTo(before);
    }

    @Test
    void parseWhenRunAgainLaterThenFirstIndexBeyondTheEarlierRun() throws InterruptedException {
        BenchmarkOptions first = BenchmarkOptions.parse("--server", "http://x/fhir", "--patients", "1000");
        Thread.sleep(2);
        BenchmarkOptions second = BenchmarkOptions.parse("--server", "http://x/fhir");

        assertThat(second.from()).isGreaterThan(first.from() + first.patients() + first.warmUpBundles());
    }

    @Test
    void parseWhenAllOptionsGivenThenTheyWin() {
        BenchmarkOptions options = BenchmarkOptions.parse(
                "--server",
                "http://x/fhir",
                "--patients",
                "10",
                "--seed",
                "9",
                "--from",
                "123456789012",
                "--read-samples",
                "3",
                "--clients",
                "2",
                "--warm-up",
                "0",
                "--validation-label",
                "base R4");

        assertThat(options.patients()).isEqualTo(10);
        assertThat(options.seed()).isEqualTo(9);
        assertThat(options.from()).isEqualTo(123_456_789_012L);
        assertThat(options.readSamples()).isEqualTo(3);
        assertThat(options.concurrentClients()).isEqualTo(2);
        assertThat(options.warmUpBundles()).isZero();
        assertThat(options.validationLabel()).isEqualTo("base R4");
    }

    @Test
    void parseWhenHelpThenNoServerNeeded() {
        assertThat(BenchmarkOptions.parse("--help").help()).isTrue();
    }

    @Test
    void parseWhenServerMissingOrValueInvalidThenRejected() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--patients", "10"))
                .hasMessageContaining("--server is required");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--server", "http://x", "--patients", "1"))
                .hasMessageContaining("at least 2");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--server", "http://x", "--clients", "four"))
                .hasMessageContaining("--clients");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--server", "http://x", "--turbo", "yes"))
                .hasMessageContaining("Unknown option");
    }

    @Test
    void parseWhenReadsOnlyThenFileAndWarmUpKept() {
        BenchmarkOptions options = BenchmarkOptions.parse(
                "--server", "http://x/fhir", "--reads-only", "/tmp/patients.tsv", "--read-warm-up", "200");

        assertThat(options.readsOnly()).isEqualTo("/tmp/patients.tsv");
        assertThat(options.readWarmUp()).isEqualTo(200);
        assertThat(options.savePatients()).isNull();
    }

    @Test
    void parseWhenReadWarmUpNegativeThenRefused() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--server", "http://x/fhir", "--read-warm-up", "-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--read-warm-up");
    }
}

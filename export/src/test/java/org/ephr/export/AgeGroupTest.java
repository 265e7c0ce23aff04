package org.ephr.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeGroupTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 2, 10);

    @Test
    void fullBirthDatesWhenBandedThenCompletedYears() {
        assertThat(AgeGroup.of(LocalDate.of(2026, 2, 10), REFERENCE)).isEqualTo(AgeGroup.AGE_0_4);
        assertThat(AgeGroup.of(LocalDate.of(2021, 2, 11), REFERENCE)).isEqualTo(AgeGroup.AGE_0_4);
        assertThat(AgeGroup.of(LocalDate.of(2021, 2, 10), REFERENCE)).isEqualTo(AgeGroup.AGE_5_14);
        assertThat(AgeGroup.of(LocalDate.of(2011, 2, 10), REFERENCE)).isEqualTo(AgeGroup.AGE_15_24);
        assertThat(AgeGroup.of(LocalDate.of(2001, 2, 10), REFERENCE)).isEqualTo(AgeGroup.AGE_25_49);
        assertThat(AgeGroup.of(LocalDate.of(1976, 2, 10), REFERENCE)).isEqualTo(AgeGroup.AGE_50_64);
        assertThat(AgeGroup.of(LocalDate.of(1961, 2, 10), REFERENCE)).isEqualTo(AgeGroup.AGE_65_PLUS);
    }

    @Test
    void partialOrEstimatedDatesWhenBandedThenMidpointOfTheInterval() {
        // 2021 is read as 2021-07-01: 4 years old in February 2026.
        assertThat(AgeGroup.ofFhirDate("2021", REFERENCE)).isEqualTo(AgeGroup.AGE_0_4);
        assertThat(AgeGroup.ofFhirDate("2020", REFERENCE)).isEqualTo(AgeGroup.AGE_5_14);
        assertThat(AgeGroup.ofFhirDate("2021-01", REFERENCE)).isEqualTo(AgeGroup.AGE_5_14);
        assertThat(AgeGroup.ofFhirDate("1990-05-17", REFERENCE)).isEqualTo(AgeGroup.AGE_25_49);
    }

    @Test
    void missingOrImpossibleDatesWhenBandedThenUnknown() {
        assertThat(AgeGroup.ofFhirDate(null, REFERENCE)).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(AgeGroup.ofFhirDate("", REFERENCE)).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(AgeGroup.ofFhirDate("19xx", REFERENCE)).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(AgeGroup.ofFhirDate("2027-01-01", REFERENCE)).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(AgeGroup.ofFhirDate("1850", REFERENCE)).isEqualTo(AgeGroup.UNKNOWN);
        assertThat(AgeGroup.UNKNOWN.code()).isEqualTo("unknown");
        assertThat(AgeGroup.AGE_65_PLUS.code()).isEqualTo("65+");
    }
}

package org.ephr.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.ephr.export.Annex2.Category;
import org.ephr.export.Annex2.Classification;
import org.junit.jupiter.api.Test;

class Annex2Test {

    private static final Annex2 ANNEX2 = Annex2.fromClasspath();

    @Test
    void alwaysNotifiableDiseasesWhenClassifiedThenImmediateAlert() {
        assertAlways("B03", "smallpox");
        assertAlways("A80.1", "poliomyelitis-wild-type");
        assertAlways("A80.2", "poliomyelitis-wild-type");
        assertAlways("J09", "human-influenza-new-subtype");
        assertAlways("U04", "sars");
        assertAlways("U04.9", "sars");
        assertThat(ANNEX2.classifyCondition("smallpox").orElseThrow().requiresImmediateAlert())
                .isTrue();
    }

    @Test
    void vaccineAssociatedPolioWhenClassifiedThenNotWildType() {
        assertThat(ANNEX2.classifyIcd10("A80.0")).isEmpty();
        assertThat(ANNEX2.classifyIcd10("A80")).isEmpty();
    }

    @Test
    void choleraWhenClassifiedThenAssessedWithTheDecisionInstrument() {
        Classification cholera = ANNEX2.classifyIcd10("A00.1").orElseThrow();

        assertThat(cholera.condition()).isEqualTo("cholera");
        assertThat(cholera.category()).isEqualTo(Category.ASSESS_WITH_DECISION_INSTRUMENT);
        assertThat(cholera.requiresAssessment()).isTrue();
        assertThat(cholera.requiresImmediateAlert()).isFalse();
    }

    @Test
    void tuberculosisAndMdrTbWhenClassifiedThenOtherReportable() {
        assertThat(ANNEX2.classifyIcd10("A15.0").orElseThrow())
                .isEqualTo(new Classification("tuberculosis", "Tuberculosis", Category.OTHER_REPORTABLE));
        assertThat(ANNEX2.classifyIcd10("a19").orElseThrow().condition()).isEqualTo("tuberculosis");
        assertThat(ANNEX2.classifyIcd10("U84.3").orElseThrow().condition()).isEqualTo("mdr-tuberculosis");
        assertThat(ANNEX2.classifyIcd10("U843").orElseThrow().category()).isEqualTo(Category.OTHER_REPORTABLE);
        assertThat(ANNEX2.classifyCondition("mdr-tuberculosis").orElseThrow().category())
                .isEqualTo(Category.OTHER_REPORTABLE);
    }

    @Test
    void codingsWhenClassifiedBySystemThenEitherSystemWorks() {
        assertThat(ANNEX2.classify(Annex2.ICD10_SYSTEM, "B03")).isPresent();
        assertThat(ANNEX2.classify(Annex2.CONDITION_SYSTEM, "sars")
                        .orElseThrow()
                        .requiresImmediateAlert())
                .isTrue();
        assertThat(ANNEX2.classify("http://snomed.info/sct", "B03")).isEmpty();
    }

    @Test
    void unrelatedCodesWhenClassifiedThenEmpty() {
        assertThat(ANNEX2.classifyIcd10("I10")).isEmpty();
        assertThat(ANNEX2.classifyIcd10(" ")).isEmpty();
        assertThat(ANNEX2.classifyIcd10(null)).isEmpty();
        assertThat(ANNEX2.classifyCondition("hypertension")).isEmpty();
    }

    private static void assertAlways(String icd10, String condition) {
        Classification classification = ANNEX2.classifyIcd10(icd10).orElseThrow();
        assertThat(classification.condition()).isEqualTo(condition);
        assertThat(classification.category()).isEqualTo(Category.ALWAYS_NOTIFIABLE);
        assertThat(classification.requiresImmediateAlert()).isTrue();
    }
}

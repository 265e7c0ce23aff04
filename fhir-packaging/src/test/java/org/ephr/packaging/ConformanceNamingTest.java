package org.ephr.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConformanceNamingTest {

    @ParameterizedTest
    @CsvSource({
        "MigrationStatusCS, migration-status-cs, Migration Status Code System",
        "IhrConditionIcd10VS, ihr-condition-icd10-vs, Ihr Condition Icd10 Value Set",
        "IhrAnnex2CategoryCS, ihr-annex2-category-cs, Ihr Annex2 Category Code System",
        "Icd10ToIhrCondition, icd10-to-ihr-condition, Icd10 To Ihr Condition",
        "MigrantPatient, migrant-patient, Migrant Patient",
    })
    void nameWhenPascalCaseThenIdIsKebabCaseAndTitleIsItsWords(String name, String id, String title) {
        assertThat(ConformanceNaming.idFor(name)).isEqualTo(id);
        assertThat(ConformanceNaming.titleFor(name)).isEqualTo(title);
    }

    @Test
    void definitionWhenIdDriftsFromNameThenReported() {
        var codeSystem = new CodeSystem();
        codeSystem.setId("migration-status");
        codeSystem.setName("MigrationStatusCS");
        codeSystem.setTitle("Migration Status Code System");
        codeSystem.setUrl("https://fhir.migrant-ephr.org/CodeSystem/migration-status");

        assertThat(ConformanceNaming.violations(codeSystem))
                .containsExactly(
                        "CodeSystem/migration-status: id should be 'migration-status-cs' for name MigrationStatusCS");
    }

    @Test
    void fshFileWhenItHoldsTwoArtefactsOrAnotherNameThenReported(@TempDir Path fsh) throws IOException {
        Files.writeString(fsh.resolve("MigrantPatient.fsh"), "Profile: MigrantPatient\nParent: Patient\n");
        Files.writeString(fsh.resolve("Extras.fsh"), "Extension: ArrivalDate\n\nExtension: TransitCountry\n");
        Files.writeString(fsh.resolve("RuleSets.fsh"), "RuleSet: Metadata\n* ^status = #draft\n");

        assertThat(ConformanceNaming.fshFileViolations(fsh))
                .containsExactly("Extras.fsh declares [ArrivalDate, TransitCountry], expected exactly [Extras]");
    }
}

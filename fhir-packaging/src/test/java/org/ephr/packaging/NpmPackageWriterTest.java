package org.ephr.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpmPackageWriterTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @TempDir
    Path work;

    @Test
    void writeWhenResourcesAndExamplesGivenThenHl7PackageLoaderReadsThemBack() throws IOException {
        Path resources = folder("resources", codeSystem("migration-status-cs"));
        Path examples = folder("examples", patient("MigrantPatientExample"));
        Path output = work.resolve("out/test.package.tgz");

        NpmPackageWriter.write(output, manifest(), List.of(resources), List.of(examples));

        try (InputStream in = Files.newInputStream(output)) {
            NpmPackage npm = NpmPackage.fromPackage(in);
            assertThat(npm.name()).isEqualTo("org.example.test");
            assertThat(npm.version()).isEqualTo("0.1.0");
            assertThat(npm.fhirVersion()).isEqualTo("4.0.1");
            assertThat(npm.dependencies()).contains("hl7.fhir.r4.core#4.0.1");
            assertThat(npm.listResources("CodeSystem")).containsExactly("CodeSystem-migration-status-cs.json");
            assertThat(npm.getFolders()).containsKey("example");
            assertThat(npm.getFolders().get("example").listFiles()).contains("Patient-MigrantPatientExample.json");
        }
    }

    @Test
    void writeWhenSameInputThenSameBytes() throws IOException {
        Path resources = folder("resources", codeSystem("migration-status-cs"));
        Path first = work.resolve("first.tgz");
        Path second = work.resolve("second.tgz");

        NpmPackageWriter.write(first, manifest(), List.of(resources), List.of());
        NpmPackageWriter.write(second, manifest(), List.of(resources), List.of());

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void writeWhenTwoFilesHoldTheSameResourceThenRefused() throws IOException {
        Path one = folder("one", codeSystem("migration-status-cs"));
        Path two = folder("two", codeSystem("migration-status-cs"));

        assertThatThrownBy(
                        () -> NpmPackageWriter.write(work.resolve("x.tgz"), manifest(), List.of(one, two), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CodeSystem-migration-status-cs.json");
    }

    private static PackageManifest manifest() {
        return PackageManifest.of("org.example.test", "0.1.0", "test package")
                .withDependencies(java.util.Map.of("hl7.fhir.r4.core", "4.0.1"));
    }

    private Path folder(String name, org.hl7.fhir.r4.model.Resource resource) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name));
        Files.writeString(
                folder.resolve(
                        resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".json"),
                FHIR.newJsonParser().encodeResourceToString(resource));
        return folder;
    }

    private static CodeSystem codeSystem(String id) {
        var codeSystem = new CodeSystem();
        codeSystem.setId(id);
        codeSystem.setUrl("https://fhir.migrant-ephr.org/CodeSystem/" + id);
        codeSystem.setVersion("0.1.0");
        codeSystem.setStatus(PublicationStatus.DRAFT);
        return codeSystem;
    }

    private static Patient patient(String id) {
        var patient = new Patient();
        patient.setId(id);
        patient.addName().setFamily("Haddad");
        return patient;
    }
}

package org.ephr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedPatientsFileTest {

    @TempDir
    Path directory;

    @Test
    void readWhenWrittenThenSamePatientsInOrder() {
        var patients = List.of(
                new LoadedPatient("a1b2", "EPHR-000001", List.of("8302-2", "29463-7")),
                new LoadedPatient("c3d4", "EPHR-000002", List.of("38266-3")));
        Path file = directory.resolve("patients.tsv");

        LoadedPatientsFile.write(file, patients);

        assertThat(LoadedPatientsFile.read(file)).isEqualTo(patients);
    }

    @Test
    void readWhenLineIsNotAPatientThenNamesTheLine() throws IOException {
        Path file = directory.resolve("patients.tsv");
        Files.writeString(file, "a1b2\tEPHR-000001\n");

        assertThatThrownBy(() -> LoadedPatientsFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a1b2");
    }
}

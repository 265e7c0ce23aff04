package org.ephr.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The patients an ingest loaded, kept in a file so that later runs can read the same records from the same database
 * under other server settings: one line per patient, tab-separated id, e-PHR number and comma-separated LOINC codes.
 */
final class LoadedPatientsFile {

    private LoadedPatientsFile() {}

    static void write(Path file, List<LoadedPatient> patients) {
        List<String> lines = patients.stream()
                .map(patient -> patient.id() + "\t" + patient.ephrNumber() + "\t"
                        + String.join(",", patient.observationCodes()))
                .toList();
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the loaded patients to " + file, e);
        }
    }

    static List<LoadedPatient> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(LoadedPatientsFile::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the loaded patients from " + file, e);
        }
    }

    private static LoadedPatient parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3 || fields[2].isEmpty()) {
            throw new IllegalArgumentException("Not a loaded-patient line: " + line);
        }
        return new LoadedPatient(fields[0], fields[1], Arrays.asList(fields[2].split(",")));
    }
}

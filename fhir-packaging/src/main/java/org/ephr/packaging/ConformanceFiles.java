package org.ephr.packaging;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;

/** Reading compiled FHIR JSON: one resource per file, in name order. */
public final class ConformanceFiles {

    private ConformanceFiles() {}

    public static List<Path> jsonFiles(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(path -> path.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    public static Resource readResource(Path file) {
        return (Resource) FhirContext.forR4Cached().newJsonParser().parseResource(readString(file));
    }

    public static List<Resource> readResources(Path folder) {
        return jsonFiles(folder).stream().map(ConformanceFiles::readResource).toList();
    }

    public static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** A folder on the (test) classpath as a path, e.g. the compiled definitions in {@code target/classes}. */
    public static Path classpathFolder(String name) {
        URL url = ConformanceFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("No folder " + name + " on the classpath: was the FSH compiled?");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

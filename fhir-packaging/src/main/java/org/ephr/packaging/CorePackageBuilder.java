package org.ephr.packaging;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes the FHIR package {@code hl7.fhir.r4.core#4.0.1} into a FHIR package cache folder, rebuilt from the R4
 * definitions HAPI ships on Maven Central, so that SUSHI compiles FSH with no package registry in reach.
 *
 * <p>Usage: {@code CorePackageBuilder <package cache folder>}, e.g. {@code ~/.fhir/packages}. Does nothing when
 * the package is already there.
 */
public final class CorePackageBuilder {

    static final String PACKAGE_ID = "hl7.fhir.r4.core";
    static final String VERSION = "4.0.1";
    private static final String DEFINITIONS = "/org/hl7/fhir/r4/model/";
    private static final List<String> BUNDLES = List.of(
            "profile/profiles-resources.xml",
            "profile/profiles-types.xml",
            "profile/profiles-others.xml",
            "extension/extension-definitions.xml",
            "valueset/valuesets.xml",
            "valueset/v2-tables.xml",
            "valueset/v3-codesystems.xml",
            "sp/search-parameters.json");

    private CorePackageBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: CorePackageBuilder <FHIR package cache folder>");
            System.exit(2);
        }
        Path packageFolder =
                Path.of(args[0]).resolve(PACKAGE_ID + "#" + VERSION).resolve("package");
        if (Files.exists(packageFolder.resolve("package.json"))) {
            return;
        }
        int written = write(packageFolder);
        System.out.println("Wrote " + PACKAGE_ID + "#" + VERSION + " (" + written + " resources) to " + packageFolder);
    }

    /** Writes one JSON file per conformance resource plus package.json and .index.json; returns the count. */
    static int write(Path packageFolder) throws IOException {
        Files.createDirectories(packageFolder);
        FhirContext fhir = FhirContext.forR4Cached();
        var index = new PackageIndex();
        for (String bundlePath : BUNDLES) {
            for (Resource resource : read(fhir, DEFINITIONS + bundlePath)) {
                String fileName =
                        resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".json";
                Files.writeString(
                        packageFolder.resolve(fileName), fhir.newJsonParser().encodeResourceToString(resource));
                index.add(fileName, resource);
            }
        }
        index.write(packageFolder);
        Files.writeString(
                packageFolder.resolve("package.json"),
                PackageManifest.of(PACKAGE_ID, VERSION, "FHIR R4 core definitions (rebuilt offline from HAPI FHIR)")
                        .withType("Core")
                        .toJson());
        return index.size();
    }

    private static List<Resource> read(FhirContext fhir, String classpathResource) {
        try (InputStream in = CorePackageBuilder.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Missing " + classpathResource + " (hapi-fhir-validation-resources-r4)");
            }
            IParser parser = classpathResource.endsWith(".json") ? fhir.newJsonParser() : fhir.newXmlParser();
            Bundle bundle = parser.parseResource(Bundle.class, new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Resource> resources = new ArrayList<>();
            bundle.getEntry().forEach(entry -> resources.add(entry.getResource()));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.ephr.server.conformance;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The migrant e-PHR's FHIR package (profiles, extensions, search parameters, terminology), as built by the
 * {@code profiles} module and shipped on the classpath under {@code fhir/package/}.
 *
 * @param profilesByType the profile canonical URLs the package defines, by the resource type they constrain
 */
public record ConformancePackage(
        String name, String version, byte[] contents, Map<String, List<String>> profilesByType) {

    static final String LOCATION = "classpath*:fhir/package/*.tgz";

    static ConformancePackage fromClasspath() {
        try {
            var found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            if (found.length != 1) {
                throw new IllegalStateException("Expected exactly one FHIR package at " + LOCATION
                        + " (the ephr-profiles jar); found " + found.length);
            }
            return read(found[0].getContentAsByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the conformance package", e);
        }
    }

    static ConformancePackage read(byte[] contents) throws IOException {
        NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(contents));
        Map<String, List<String>> profiles = new TreeMap<>();
        for (StructureDefinition definition : resources(npm, StructureDefinition.class)) {
            // Profiles of resources only: extensions and data-type profiles constrain no resource a client sends.
            if (definition.getDerivation() == TypeDerivationRule.CONSTRAINT
                    && definition.getKind() == StructureDefinitionKind.RESOURCE) {
                profiles.computeIfAbsent(definition.getType(), type -> new ArrayList<>())
                        .add(definition.getUrl());
            }
        }
        profiles.values().forEach(urls -> urls.sort(null));
        return new ConformancePackage(npm.name(), npm.version(), contents, profiles);
    }

    /** The package's resources of one type (examples excluded). */
    <T extends Resource> List<T> resources(Class<T> type) {
        try {
            return resources(NpmPackage.fromPackage(new ByteArrayInputStream(contents)), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the conformance package", e);
        }
    }

    private static <T extends Resource> List<T> resources(NpmPackage npm, Class<T> type) throws IOException {
        var json = FhirContext.forR4Cached().newJsonParser();
        List<T> resources = new ArrayList<>();
        for (String file : npm.listResources(type.getSimpleName())) {
            try (InputStream in = npm.load("package", file)) {
                resources.add(json.parseResource(type, in));
            }
        }
        return resources;
    }

    public List<String> profilesOf(String resourceType) {
        return profilesByType.getOrDefault(resourceType, List.of());
    }
}

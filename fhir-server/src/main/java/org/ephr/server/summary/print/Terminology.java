package org.ephr.server.summary.print;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ephr.server.conformance.ConformancePackage;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * How the e-PHR package names codes in each language: its code systems' and value sets' displays (English) and
 * designations (French, Arabic). It reads the same package as the conformance package's {@code Translations},
 * which is not visible from here, and also keeps the English displays, which a print needs for codes sent
 * without one.
 */
final class Terminology {

    private static final String ENGLISH = "en";

    private final Map<String, String> displays;

    private Terminology(Map<String, String> displays) {
        this.displays = Map.copyOf(displays);
    }

    static Terminology of(ConformancePackage conformancePackage) {
        Map<String, String> displays = new HashMap<>();
        try {
            NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(conformancePackage.contents()));
            for (CodeSystem codeSystem : resources(npm, CodeSystem.class)) {
                addConcepts(displays, codeSystem.getUrl(), codeSystem.getConcept());
            }
            for (ValueSet valueSet : resources(npm, ValueSet.class)) {
                for (var include : valueSet.getCompose().getInclude()) {
                    for (var concept : include.getConcept()) {
                        concept.getDesignation()
                                .forEach(designation -> displays.putIfAbsent(
                                        key(include.getSystem(), concept.getCode(), designation.getLanguage()),
                                        designation.getValue()));
                        if (concept.hasDisplay()) {
                            displays.putIfAbsent(
                                    key(include.getSystem(), concept.getCode(), ENGLISH), concept.getDisplay());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the conformance package", e);
        }
        return new Terminology(displays);
    }

    private static void addConcepts(
            Map<String, String> displays, String system, List<ConceptDefinitionComponent> concepts) {
        for (var concept : concepts) {
            concept.getDesignation()
                    .forEach(designation -> displays.put(
                            key(system, concept.getCode(), designation.getLanguage()), designation.getValue()));
            // The package's displays are English; an explicit English designation, if any, wins.
            if (concept.hasDisplay()) {
                displays.putIfAbsent(key(system, concept.getCode(), ENGLISH), concept.getDisplay());
            }
            addConcepts(displays, system, concept.getConcept());
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

    /** The name of {@code system|code} in a language (a primary language subtag such as "fr"). */
    Optional<String> display(String system, String code, String language) {
        if (system == null || code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(displays.get(key(system, code, language)));
    }

    private static String key(String system, String code, String language) {
        String primary = language == null ? "" : language.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return system + "|" + code + "|" + primary;
    }
}

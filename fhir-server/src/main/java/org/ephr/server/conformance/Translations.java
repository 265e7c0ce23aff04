package org.ephr.server.conformance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The designations (translations) the e-PHR package gives for codes: from its code systems' concepts, and from
 * value sets that list concepts of other code systems (e.g. ICD-10 disease names in French and Arabic).
 */
final class Translations {

    private final Map<String, String> displays;

    private Translations(Map<String, String> displays) {
        this.displays = Map.copyOf(displays);
    }

    static Translations of(ConformancePackage conformancePackage) {
        Map<String, String> displays = new HashMap<>();
        for (CodeSystem codeSystem : conformancePackage.resources(CodeSystem.class)) {
            addConcepts(displays, codeSystem.getUrl(), codeSystem.getConcept());
        }
        for (ValueSet valueSet : conformancePackage.resources(ValueSet.class)) {
            for (var include : valueSet.getCompose().getInclude()) {
                for (var concept : include.getConcept()) {
                    concept.getDesignation()
                            .forEach(designation -> displays.putIfAbsent(
                                    key(include.getSystem(), concept.getCode(), designation.getLanguage()),
                                    designation.getValue()));
                }
            }
        }
        return new Translations(displays);
    }

    private static void addConcepts(
            Map<String, String> displays, String system, List<ConceptDefinitionComponent> concepts) {
        for (var concept : concepts) {
            concept.getDesignation()
                    .forEach(designation -> displays.put(
                            key(system, concept.getCode(), designation.getLanguage()), designation.getValue()));
            addConcepts(displays, system, concept.getConcept());
        }
    }

    Optional<String> display(String system, String code, String language) {
        return Optional.ofNullable(displays.get(key(system, code, language)));
    }

    private static String key(String system, String code, String language) {
        return system + "|" + code + "|" + language;
    }
}

package org.ephr.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ephr.packaging.ConformanceFiles;
import org.ephr.packaging.ConformanceNaming;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/** The terminology says what IHR (2005) and the migration-health field say, in the languages it claims. */
class TerminologyContentTest {

    private static final String IHR_CONDITIONS = ConformanceNaming.CANONICAL_BASE + "/CodeSystem/ihr-condition-cs";
    private static final String ANNEX2_CATEGORIES =
            ConformanceNaming.CANONICAL_BASE + "/CodeSystem/ihr-annex2-category-cs";
    private static final Set<String> LANGUAGES = Set.of("fr", "ar");

    private final List<Resource> definitions =
            ConformanceFiles.readResources(ConformanceFiles.classpathFolder("fhir/terminology/definitions"));
    private final Map<String, CodeSystem> codeSystems = definitions.stream()
            .filter(CodeSystem.class::isInstance)
            .map(CodeSystem.class::cast)
            .collect(Collectors.toMap(CodeSystem::getUrl, codeSystem -> codeSystem));

    @Test
    void ihrConditionsAlwaysNotifiableAreExactlyTheFourOfAnnex2() {
        Set<String> alwaysNotifiable = codeSystems.get(IHR_CONDITIONS).getConcept().stream()
                .filter(concept -> annex2Category(concept).equals("always-notifiable"))
                .map(ConceptDefinitionComponent::getCode)
                .collect(Collectors.toSet());

        assertThat(alwaysNotifiable)
                .containsExactlyInAnyOrder(
                        "smallpox", "poliomyelitis-wild-type", "human-influenza-new-subtype", "sars");
    }

    @Test
    void ihrConditionsEachHaveAnAnnex2CategoryThatExists() {
        Set<String> categories = codes(codeSystems.get(ANNEX2_CATEGORIES));

        assertThat(codeSystems.get(IHR_CONDITIONS).getConcept())
                .isNotEmpty()
                .allSatisfy(concept -> assertThat(categories).contains(annex2Category(concept)));
        assertThat(codes(codeSystems.get(IHR_CONDITIONS)))
                .contains("cholera", "pneumonic-plague", "yellow-fever", "tuberculosis", "mdr-tuberculosis", "measles");
    }

    @Test
    void projectConceptsHaveDisplayDefinitionAndDesignationsOnlyInFrenchAndArabic() {
        for (CodeSystem codeSystem : codeSystems.values()) {
            assertThat(codeSystem.getConcept()).allSatisfy(concept -> {
                assertThat(concept.getDisplay()).as(concept.getCode()).isNotBlank();
                assertThat(concept.getDefinition()).as(concept.getCode()).isNotBlank();
                Map<String, Integer> perLanguage = new HashMap<>();
                concept.getDesignation()
                        .forEach(designation -> perLanguage.merge(designation.getLanguage(), 1, Integer::sum));
                assertThat(perLanguage.keySet()).as(concept.getCode()).isSubsetOf(LANGUAGES);
                assertThat(perLanguage.values()).as(concept.getCode()).allMatch(count -> count == 1);
            });
        }
    }

    /** Standalone Latin capitals stay, as Arabic medical usage writes them ("التهاب الكبد B"); words may not. */
    @Test
    void arabicDesignationsAreWrittenInArabicScript() {
        var arabic = codeSystems.values().stream()
                .flatMap(codeSystem -> codeSystem.getConcept().stream())
                .flatMap(concept -> concept.getDesignation().stream())
                .filter(designation -> designation.getLanguage().equals("ar"))
                .map(designation -> designation.getValue())
                .toList();

        assertThat(arabic).isNotEmpty().allSatisfy(value -> assertThat(value.replaceAll("\\b[A-Z]\\b", "")
                        .codePoints()
                        .filter(Character::isLetter)
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .as(value)
                .isTrue());
    }

    @Test
    void valueSetsNameOnlyCodesTheirProjectCodeSystemsDefine() {
        for (Resource resource : definitions) {
            if (resource instanceof ValueSet valueSet) {
                for (var include : valueSet.getCompose().getInclude()) {
                    CodeSystem codeSystem = codeSystems.get(include.getSystem());
                    if (codeSystem != null) {
                        assertThat(codes(codeSystem))
                                .as(valueSet.getName())
                                .containsAll(include.getConcept().stream()
                                        .map(concept -> concept.getCode())
                                        .toList());
                    }
                }
            }
        }
    }

    @Test
    void conceptMapsMapOnlyToAndFromCodesThatExist() {
        for (Resource resource : definitions) {
            if (resource instanceof ConceptMap conceptMap) {
                assertThat(conceptMap.getGroup()).as(conceptMap.getName()).isNotEmpty();
                for (var group : conceptMap.getGroup()) {
                    for (var element : group.getElement()) {
                        assertThat(element.getTarget()).as(element.getCode()).isNotEmpty();
                        assertKnown(group.getSource(), element.getCode());
                        element.getTarget().forEach(target -> assertKnown(group.getTarget(), target.getCode()));
                    }
                }
            }
        }
    }

    private void assertKnown(String system, String code) {
        CodeSystem codeSystem = codeSystems.get(system);
        if (codeSystem != null) {
            assertThat(codes(codeSystem)).as(system).contains(code);
        }
    }

    private static String annex2Category(ConceptDefinitionComponent concept) {
        return concept.getProperty().stream()
                .filter(property -> property.getCode().equals("annex2-category"))
                .map(property -> property.getValueCodeType().getCode())
                .findFirst()
                .orElse("");
    }

    private static Set<String> codes(CodeSystem codeSystem) {
        return codeSystem.getConcept().stream()
                .map(ConceptDefinitionComponent::getCode)
                .collect(Collectors.toSet());
    }
}

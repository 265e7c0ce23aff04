package org.ephr.export;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptPropertyComponent;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r4.model.ConceptMap.SourceElementComponent;
import org.hl7.fhir.r4.model.ConceptMap.TargetElementComponent;

/**
 * How a condition is handled under Annex 2 of the International Health Regulations (2005). The knowledge is the
 * terminology module's, read from its jar: the code system {@code ihr-condition-cs} (each condition's
 * {@code annex2-category} property) and the concept map {@code icd10-to-ihr-condition}. Nothing is copied here.
 *
 * <p>ICD-10 codes are matched exactly, then by their three-character category (the map's three-character codes
 * stand for all their subcategories: {@code A15.0} is tuberculosis), never the other way round ({@code A80.0},
 * vaccine-associated polio, is not wild-type polio even though {@code A80.1} is).
 */
public final class Annex2 {

    static final String DEFINITIONS = "/fhir/terminology/definitions/";
    public static final String ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10";
    public static final String CONDITION_SYSTEM = MeasureDefinitions.BASE + "/CodeSystem/ihr-condition-cs";
    static final String CATEGORY_PROPERTY = "annex2-category";

    /** The three categories, with the code each has in {@code ihr-annex2-category-cs}. */
    public enum Category {
        /** Smallpox, wild-type polio, new-subtype human influenza, SARS: one case is notified at once. */
        ALWAYS_NOTIFIABLE("always-notifiable"),
        /** Other Annex 2 conditions: an event is assessed with the decision instrument. */
        ASSESS_WITH_DECISION_INSTRUMENT("decision-instrument"),
        /** Not in Annex 2 but reported by migration health programmes (tuberculosis, measles, malaria...). */
        OTHER_REPORTABLE("migration-screening");

        private final String code;

        Category(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Category fromCode(String code) {
            for (Category category : values()) {
                if (category.code.equals(code)) {
                    return category;
                }
            }
            throw new IllegalStateException("Unknown Annex 2 category '" + code + "' in the terminology");
        }
    }

    /** An IHR condition and its Annex 2 category. */
    public record Classification(String condition, String display, Category category) {

        /** Whether one case raises an immediate alert (IHR Annex 2, always notifiable). */
        public boolean requiresImmediateAlert() {
            return category == Category.ALWAYS_NOTIFIABLE;
        }

        /** Whether a case is flagged for assessment with the decision instrument. */
        public boolean requiresAssessment() {
            return category == Category.ASSESS_WITH_DECISION_INSTRUMENT;
        }
    }

    private final Map<String, Classification> byCondition;
    private final Map<String, String> icd10ToCondition;

    private Annex2(Map<String, Classification> byCondition, Map<String, String> icd10ToCondition) {
        this.byCondition = Map.copyOf(byCondition);
        this.icd10ToCondition = Map.copyOf(icd10ToCondition);
    }

    /** Reads the terminology module's code system and concept map from the class path. */
    public static Annex2 fromClasspath() {
        CodeSystem conditions = read(CodeSystem.class, "CodeSystem-ihr-condition-cs.json");
        ConceptMap map = read(ConceptMap.class, "ConceptMap-icd10-to-ihr-condition.json");
        Map<String, Classification> byCondition = new HashMap<>();
        for (ConceptDefinitionComponent concept : conditions.getConcept()) {
            String category = null;
            for (ConceptPropertyComponent property : concept.getProperty()) {
                if (CATEGORY_PROPERTY.equals(property.getCode())) {
                    category = property.getValueCodeType().getCode();
                }
            }
            if (category == null) {
                throw new IllegalStateException("IHR condition " + concept.getCode() + " has no " + CATEGORY_PROPERTY);
            }
            byCondition.put(
                    concept.getCode(),
                    new Classification(concept.getCode(), concept.getDisplay(), Category.fromCode(category)));
        }
        Map<String, String> icd10 = new HashMap<>();
        for (ConceptMapGroupComponent group : map.getGroup()) {
            if (!ICD10_SYSTEM.equals(group.getSource()) || !CONDITION_SYSTEM.equals(group.getTarget())) {
                continue;
            }
            for (SourceElementComponent element : group.getElement()) {
                for (TargetElementComponent target : element.getTarget()) {
                    if (!byCondition.containsKey(target.getCode())) {
                        throw new IllegalStateException("The concept map targets " + target.getCode()
                                + ", which is not in the IHR condition code system");
                    }
                    icd10.put(element.getCode(), target.getCode());
                }
            }
        }
        return new Annex2(byCondition, icd10);
    }

    /** Every IHR condition of the terminology, classified. */
    public java.util.Collection<Classification> conditions() {
        return byCondition.values();
    }

    /** The classification of an e-PHR IHR condition code ({@code smallpox}, {@code mdr-tuberculosis}). */
    public Optional<Classification> classifyCondition(String conditionCode) {
        return conditionCode == null ? Optional.empty() : Optional.ofNullable(byCondition.get(conditionCode.trim()));
    }

    /** The classification of an ICD-10 code ({@code B03}, {@code A15.0}, {@code U843}); empty if not IHR-relevant. */
    public Optional<Classification> classifyIcd10(String icd10Code) {
        return icd10Condition(icd10Code).flatMap(this::classifyCondition);
    }

    /** The classification of a coding from either system; empty for other systems or unmapped codes. */
    public Optional<Classification> classify(String system, String code) {
        if (ICD10_SYSTEM.equals(system)) {
            return classifyIcd10(code);
        }
        if (CONDITION_SYSTEM.equals(system)) {
            return classifyCondition(code);
        }
        return Optional.empty();
    }

    /** The IHR condition an ICD-10 code maps to. */
    public Optional<String> icd10Condition(String icd10Code) {
        if (icd10Code == null || icd10Code.isBlank()) {
            return Optional.empty();
        }
        String code = icd10Code.trim().toUpperCase(Locale.ROOT);
        if (code.length() > 3 && code.charAt(3) != '.') {
            code = code.substring(0, 3) + "." + code.substring(3);
        }
        String condition = icd10ToCondition.get(code);
        if (condition == null && code.length() > 3) {
            condition = icd10ToCondition.get(code.substring(0, 3));
        }
        return Optional.ofNullable(condition);
    }

    private static <T extends IBaseResource> T read(Class<T> type, String file) {
        try (InputStream json = Annex2.class.getResourceAsStream(DEFINITIONS + file)) {
            if (json == null) {
                throw new IllegalStateException(
                        "The terminology module (ephr-terminology) is not on the class path: " + DEFINITIONS + file);
            }
            return FhirContext.forR4Cached().newJsonParser().parseResource(type, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.ephr.server.consent;

import java.util.HashSet;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * The sensitive classes of data a patient may withhold in a consent, named by HL7's information-sensitivity codes
 * (v3 ActCode): a resource's own security labels, plus what the server recognises from its content. Mental health
 * ({@code PSY}, also {@code BH}) covers the e-PHR mental-health screening profile and its instruments' LOINC codes,
 * and ICD-10 chapter V diagnoses (F00-F99).
 */
final class DataClasses {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String MENTAL_HEALTH = "PSY";
    static final String BEHAVIOURAL_HEALTH = "BH";

    private static final String MENTAL_HEALTH_PROFILE =
            "https://fhir.migrant-ephr.org/StructureDefinition/mental-health-screening-observation";
    private static final Set<String> MENTAL_HEALTH_LOINC = Set.of("44261-6", "55758-7", "70274-6");
    private static final String LOINC = "http://loinc.org";
    private static final String ICD_10 = "http://hl7.org/fhir/sid/icd-10";

    private DataClasses() {}

    static Set<String> of(IBaseResource resource) {
        Set<String> classes = new HashSet<>();
        if (resource instanceof Resource r) {
            for (Coding label : r.getMeta().getSecurity()) {
                if (ACT_CODE.equals(label.getSystem())) {
                    classes.add(label.getCode());
                }
            }
        }
        if (isMentalHealth(resource)) {
            classes.add(MENTAL_HEALTH);
        }
        if (classes.contains(BEHAVIOURAL_HEALTH)) {
            classes.add(MENTAL_HEALTH);
        }
        return classes;
    }

    /** A denial of either mental-health code withholds the whole class. */
    static String normalise(String code) {
        return BEHAVIOURAL_HEALTH.equals(code) ? MENTAL_HEALTH : code;
    }

    private static boolean isMentalHealth(IBaseResource resource) {
        if (resource instanceof Observation observation) {
            return observation.getMeta().getProfile().stream()
                            .map(CanonicalType::getValue)
                            .anyMatch(MENTAL_HEALTH_PROFILE::equals)
                    || hasCode(observation.getCode(), LOINC, MENTAL_HEALTH_LOINC);
        }
        if (resource instanceof Condition condition) {
            return condition.getCode().getCoding().stream()
                    .anyMatch(coding -> ICD_10.equals(coding.getSystem())
                            && coding.getCode() != null
                            && coding.getCode().startsWith("F"));
        }
        return false;
    }

    private static boolean hasCode(CodeableConcept concept, String system, Set<String> codes) {
        return concept.getCoding().stream()
                .anyMatch(coding -> system.equals(coding.getSystem()) && codes.contains(coding.getCode()));
    }
}

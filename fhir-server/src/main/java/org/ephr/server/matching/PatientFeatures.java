package org.ephr.server.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * What matching looks at in a Patient, extracted once: the names (each script or spelling the record has), the
 * identifiers by system, the birth date, sex and nationalities.
 *
 * @param identifiers normalised values (upper case, letters and digits only) by identifier system
 * @param birthDate null when the record has none
 * @param sex male or female; null when unknown or other
 * @param nationalities ISO 3166 alpha-2 codes, empty for a stateless person or when not recorded
 */
record PatientFeatures(
        List<PersonName> names,
        Map<String, Set<String>> identifiers,
        BirthDate birthDate,
        AdministrativeGender sex,
        Set<String> nationalities) {

    static final String NATIONALITY_EXTENSION = "http://hl7.org/fhir/StructureDefinition/patient-nationality";
    static final String ISO_3166 = "urn:iso:std:iso:3166";

    /** One of the person's names: given names together, family name. */
    record PersonName(NameKey given, NameKey family) {}

    static PatientFeatures of(Patient patient) {
        return new PatientFeatures(
                names(patient),
                identifiers(patient),
                BirthDate.of(patient.getBirthDateElement()).orElse(null),
                sex(patient.getGender()),
                nationalities(patient));
    }

    private static List<PersonName> names(Patient patient) {
        List<PersonName> names = new ArrayList<>();
        for (HumanName name : patient.getName()) {
            if (name.getUse() == HumanName.NameUse.ANONYMOUS) {
                continue;
            }
            String given = name.getGiven().stream()
                    .map(StringType::getValue)
                    .filter(g -> g != null && !g.isBlank())
                    .collect(Collectors.joining(" "));
            String family = name.getFamily();
            if (given.isBlank() && (family == null || family.isBlank()) && name.hasText()) {
                // Only a text: its last word taken as the family name, as Latin-script documents write names.
                String text = name.getText().strip();
                int lastSpace = text.lastIndexOf(' ');
                given = lastSpace < 0 ? "" : text.substring(0, lastSpace);
                family = lastSpace < 0 ? text : text.substring(lastSpace + 1);
            }
            PersonName person = new PersonName(NameKey.of(given), NameKey.of(family));
            if (!person.given().isEmpty() || !person.family().isEmpty()) {
                names.add(person);
            }
        }
        return List.copyOf(names);
    }

    private static Map<String, Set<String>> identifiers(Patient patient) {
        Map<String, Set<String>> bySystem = new LinkedHashMap<>();
        for (Identifier identifier : patient.getIdentifier()) {
            if (identifier.hasSystem() && identifier.hasValue()) {
                String value = normaliseIdentifier(identifier.getValue());
                if (!value.isEmpty()) {
                    bySystem.computeIfAbsent(identifier.getSystem(), s -> new LinkedHashSet<>())
                            .add(value);
                }
            }
        }
        bySystem.replaceAll((system, values) -> Collections.unmodifiableSet(values));
        return Collections.unmodifiableMap(bySystem);
    }

    /** Document numbers are copied with and without spaces, dashes and slashes, in either case. */
    static String normaliseIdentifier(String value) {
        return value.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static AdministrativeGender sex(AdministrativeGender gender) {
        return gender == AdministrativeGender.MALE || gender == AdministrativeGender.FEMALE ? gender : null;
    }

    private static Set<String> nationalities(Patient patient) {
        Set<String> codes = new LinkedHashSet<>();
        for (Extension nationality : patient.getExtensionsByUrl(NATIONALITY_EXTENSION)) {
            Extension code = nationality.getExtensionByUrl("code");
            if (code != null && code.getValue() instanceof CodeableConcept concept) {
                for (Coding coding : concept.getCoding()) {
                    if (ISO_3166.equals(coding.getSystem()) && coding.hasCode()) {
                        codes.add(coding.getCode().toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return Collections.unmodifiableSet(codes);
    }
}

package org.ephr.server.matching;

import java.util.LinkedHashSet;
import java.util.Set;
import org.ephr.server.matching.PatientFeatures.PersonName;
import org.hl7.fhir.r4.model.Patient;

/**
 * Keys that two records of one person are very likely to share, so that candidates for {@link PatientMatcher} can be
 * found by looking keys up instead of comparing a record with every other. Records share a key when they have:
 *
 * <ul>
 *   <li>an identifier (same system and value): {@code id|<system>|<value>};
 *   <li>a given or family name with the same consonants (see {@link NameKey#blockingKeys()}) and birth years at most
 *       two apart: {@code name|<consonants>|<year>} for the birth year and the years either side, so that records up
 *       to two years apart meet in the year between;
 *   <li>given and family names with the same consonants, whatever the birth date and name order: {@code
 *       names|<consonants>|<consonants>}.
 * </ul>
 */
final class BlockingKeys {

    private BlockingKeys() {}

    static Set<String> of(Patient patient) {
        return of(PatientFeatures.of(patient));
    }

    static Set<String> of(PatientFeatures features) {
        Set<String> keys = new LinkedHashSet<>();
        features.identifiers()
                .forEach((system, values) -> values.forEach(value -> keys.add("id|" + system + "|" + value)));
        for (PersonName name : features.names()) {
            Set<String> given = name.given().blockingKeys();
            Set<String> family = name.family().blockingKeys();
            for (String key : union(given, family)) {
                if (features.birthDate() == null) {
                    keys.add("name|" + key + "|?");
                } else {
                    int year = features.birthDate().year();
                    for (int y = year - 1; y <= year + 1; y++) {
                        keys.add("name|" + key + "|" + y);
                    }
                }
            }
            for (String g : given) {
                for (String f : family) {
                    keys.add(g.compareTo(f) <= 0 ? "names|" + g + "|" + f : "names|" + f + "|" + g);
                }
            }
        }
        return keys;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return union;
    }
}

package org.ephr.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

/**
 * Given and family names of one naming tradition, read from {@code names/<book>.txt}. Each line is either a
 * name, or "as written | Latin transliteration" when the name is usually written otherwise.
 */
final class NameBook {
    static final List<String> SECTIONS = List.of("male", "female", "family", "family-male", "family-female");

    record Name(String written, String latin) {
        boolean hasTransliteration() {
            return !written.equals(latin);
        }
    }

    private static final Map<String, NameBook> LOADED = new ConcurrentHashMap<>();

    private final Map<String, List<Name>> sections;

    private NameBook(Map<String, List<Name>> sections) {
        this.sections = sections;
    }

    static NameBook named(String book) {
        return LOADED.computeIfAbsent(book, NameBook::load);
    }

    List<Name> given(AdministrativeGender gender) {
        return section(gender == AdministrativeGender.FEMALE ? "female" : "male");
    }

    /** Family names that fit the gender: the common ones plus those only women (or men) carry. */
    List<Name> family(AdministrativeGender gender) {
        List<Name> names = new ArrayList<>(section("family"));
        names.addAll(section(gender == AdministrativeGender.FEMALE ? "family-female" : "family-male"));
        return names;
    }

    List<Name> section(String section) {
        return sections.getOrDefault(section, List.of());
    }

    private static NameBook load(String book) {
        String resource = "names/" + book + ".txt";
        try (InputStream in = NameBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing name book " + resource);
            }
            return new NameBook(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Map<String, List<Name>> parse(BufferedReader reader) throws IOException {
        Map<String, List<Name>> sections = new LinkedHashMap<>();
        List<Name> current = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String section = line.substring(1, line.length() - 1);
                if (!SECTIONS.contains(section)) {
                    throw new IllegalStateException("Unknown name section [" + section + "]");
                }
                current = sections.computeIfAbsent(section, s -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException("Name outside of a section: " + line);
            } else {
                int bar = line.indexOf('|');
                current.add(
                        bar < 0
                                ? new Name(line, line)
                                : new Name(
                                        line.substring(0, bar).strip(),
                                        line.substring(bar + 1).strip()));
            }
        }
        sections.replaceAll((section, names) -> List.copyOf(names));
        return sections;
    }
}

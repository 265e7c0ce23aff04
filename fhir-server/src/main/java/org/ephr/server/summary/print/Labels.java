package org.ephr.server.summary.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The printable record's wording in one language, from {@code labels_xx.properties} beside this class: the fixed
 * {@link Label}s, and headings of known sections and condition statuses, which are keyed by code.
 */
final class Labels {

    /** The languages the record is printed in; any other falls back to the first. */
    static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    private static final String SECTION = "section.";
    private static final String CLINICAL_STATUS = "clinical-status.";
    private static final String VERIFICATION_STATUS = "verification-status.";

    private final String language;
    private final Map<String, String> texts;

    private Labels(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** Every supported language, checked to define every label. */
    static Map<String, Labels> all() {
        return LANGUAGES.stream().collect(Collectors.toUnmodifiableMap(l -> l, Labels::load));
    }

    static Labels load(String language) {
        String file = "labels_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No " + file + " beside " + Labels.class.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        List<String> missing = new ArrayList<>();
        for (Label label : Label.values()) {
            String text = properties.getProperty(label.key());
            if (text == null || text.isBlank()) {
                missing.add(label.key());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(file + " lacks " + missing);
        }
        return new Labels(language, Map.copyOf(toMap(properties)));
    }

    private static Map<String, String> toMap(Properties properties) {
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(name -> name, properties::getProperty));
    }

    String language() {
        return language;
    }

    boolean rightToLeft() {
        return "rtl".equals(get(Label.DIRECTION).trim().toLowerCase(Locale.ROOT));
    }

    String get(Label label) {
        return texts.get(label.key());
    }

    /** The heading of an IPS (LOINC) section, when this language has one for the code. */
    Optional<String> section(String loincCode) {
        return Optional.ofNullable(texts.get(SECTION + loincCode));
    }

    /** A Condition's verification status worth saying (every condition-ver-status code but "confirmed"). */
    Optional<String> verificationStatus(String code) {
        return Optional.ofNullable(texts.get(VERIFICATION_STATUS + code));
    }

    /** A Condition's clinical status (the FHIR condition-clinical codes). */
    Optional<String> clinicalStatus(String code) {
        return Optional.ofNullable(texts.get(CLINICAL_STATUS + code));
    }

    String gender(String code) {
        return switch (code) {
            case "male" -> get(Label.GENDER_MALE);
            case "female" -> get(Label.GENDER_FEMALE);
            case "other" -> get(Label.GENDER_OTHER);
            default -> get(Label.GENDER_UNKNOWN);
        };
    }

    String doseOf(String dose, String seriesDoses) {
        // Plain replacement, not MessageFormat: French and Arabic apostrophes would need quoting there.
        return get(Label.DOSE_OF).replace("{0}", dose).replace("{1}", seriesDoses);
    }
}

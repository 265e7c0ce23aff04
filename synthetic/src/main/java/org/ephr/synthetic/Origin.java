package org.ephr.synthetic;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where people come from, how they are named, what they speak, and the host countries that plausibly receive
 * them. The weights roughly follow the relative size of these displacement flows, not exact statistics.
 */
enum Origin {
    SYRIA("SY", "arabic", 15, 0.50, List.of(Language.ARABIC), List.of("JO", "LB", "TR", "DE")),
    IRAQ("IQ", "arabic", 5, 0.50, List.of(Language.ARABIC), List.of("TR", "JO", "DE")),
    SUDAN(
            "SD",
            "arabic",
            8,
            0.50,
            List.of(Language.ARABIC),
            List.of("TD", "EG", "UG"),
            Trait.MALARIA_ENDEMIC,
            Trait.YELLOW_FEVER_IN_ROUTINE_SCHEDULE),
    YEMEN("YE", "arabic", 3, 0.55, List.of(Language.ARABIC), List.of("DJ", "EG"), Trait.MALARIA_ENDEMIC),
    AFGHANISTAN(
            "AF",
            "dari-pashto",
            14,
            0.55,
            List.of(Language.DARI, Language.PASHTO),
            List.of("IR", "PK", "TR", "DE"),
            Trait.MALARIA_ENDEMIC),
    ERITREA(
            "ER",
            "tigrinya",
            6,
            0.55,
            List.of(Language.TIGRINYA),
            List.of("SD", "ET", "LY", "IT"),
            Trait.MALARIA_ENDEMIC),
    ETHIOPIA("ET", "amharic", 5, 0.55, List.of(Language.AMHARIC), List.of("KE", "DJ", "SA"), Trait.MALARIA_ENDEMIC),
    SOMALIA("SO", "somali", 6, 0.50, List.of(Language.SOMALI), List.of("KE", "ET", "YE"), Trait.MALARIA_ENDEMIC),
    /** Rohingya: born in Myanmar, denied its citizenship, so recorded without a nationality. */
    MYANMAR_ROHINGYA(
            "MM",
            "rohingya",
            6,
            0.48,
            List.of(Language.ROHINGYA),
            List.of("BD", "MY"),
            Trait.STATELESS,
            Trait.MALARIA_ENDEMIC),
    UKRAINE("UA", "ukrainian", 12, 0.35, List.of(Language.UKRAINIAN), List.of("PL", "DE", "CZ")),
    VENEZUELA(
            "VE",
            "venezuelan-spanish",
            14,
            0.50,
            List.of(Language.SPANISH),
            List.of("CO", "PE", "EC", "CL"),
            Trait.MALARIA_ENDEMIC,
            Trait.YELLOW_FEVER_IN_ROUTINE_SCHEDULE,
            Trait.TWO_FAMILY_NAMES),
    HAITI(
            "HT",
            "haitian",
            3,
            0.55,
            List.of(Language.HAITIAN_CREOLE, Language.FRENCH),
            List.of("DO", "US", "CL", "BR"),
            Trait.MALARIA_ENDEMIC),
    BANGLADESH("BD", "bengali", 3, 0.85, List.of(Language.BENGALI), List.of("MY", "SA", "IT"), Trait.MALARIA_ENDEMIC);

    enum Trait {
        STATELESS,
        MALARIA_ENDEMIC,
        YELLOW_FEVER_IN_ROUTINE_SCHEDULE,
        TWO_FAMILY_NAMES
    }

    private static final int TOTAL_WEIGHT =
            Arrays.stream(values()).mapToInt(o -> o.weight).sum();

    /** ISO 3166-1 alpha-2 code of the country of origin (and of nationality, unless stateless). */
    final String country;

    final String nameBook;
    final int weight;
    final double maleShare;
    /** The first is the most common first language. */
    final List<Language> languages;

    final List<String> hostCountries;
    private final Set<Trait> traits;

    Origin(
            String country,
            String nameBook,
            int weight,
            double maleShare,
            List<Language> languages,
            List<String> hostCountries,
            Trait... traits) {
        this.country = country;
        this.nameBook = nameBook;
        this.weight = weight;
        this.maleShare = maleShare;
        this.languages = languages;
        this.hostCountries = hostCountries;
        this.traits = traits.length == 0 ? EnumSet.noneOf(Trait.class) : EnumSet.of(traits[0], traits);
    }

    boolean has(Trait trait) {
        return traits.contains(trait);
    }

    NameBook names() {
        return NameBook.named(nameBook);
    }

    static Origin draw(Draws draws) {
        int ticket = draws.between(1, TOTAL_WEIGHT);
        for (Origin origin : values()) {
            ticket -= origin.weight;
            if (ticket <= 0) {
                return origin;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }
}

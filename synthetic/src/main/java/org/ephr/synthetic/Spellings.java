package org.ephr.synthetic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** How clerks in different countries write the same name in Latin letters. */
final class Spellings {

    /** Whole-name alternatives seen on documents, for names the letter rules below reach badly. */
    private static final Map<String, List<String>> KNOWN = Map.ofEntries(
            Map.entry("mohammed", List.of("muhammad", "mohamad", "mohamed", "mohammad", "muhammed")),
            Map.entry("mohammad", List.of("muhammad", "mohammed", "mohamad", "mohamed")),
            Map.entry("mohamed", List.of("mohammed", "muhammad", "mohamad")),
            Map.entry("osman", List.of("othman", "usman", "uthman")),
            Map.entry("hussein", List.of("hussain", "husain", "hossein", "husayn")),
            Map.entry("youssef", List.of("yusuf", "yousef", "jussuf", "yousif")),
            Map.entry("yusuf", List.of("youssef", "yousuf", "jusuf")),
            Map.entry("qasim", List.of("kassem", "kasim", "qassem")),
            Map.entry("khaled", List.of("khalid", "chaled", "halit")),
            Map.entry("tarek", List.of("tariq", "tarik", "tareq")),
            Map.entry("suleiman", List.of("sulaiman", "sleiman", "suleyman")),
            Map.entry("fatima", List.of("fatma", "fatemeh", "fatimah", "fatme")),
            Map.entry("aisha", List.of("aysha", "aicha", "aischa", "ayesha")),
            Map.entry("layla", List.of("leila", "laila", "leyla")),
            Map.entry("zainab", List.of("zeinab", "zaynab")),
            Map.entry("mustafa", List.of("mustapha", "moustafa", "mostafa")),
            Map.entry("yasser", List.of("yaser", "yasir")),
            Map.entry("oleksandr", List.of("aleksandr", "oleksander", "olexandr")),
            Map.entry("tesfay", List.of("tesfai", "tesfaye")),
            Map.entry("yohannes", List.of("johannes", "yohanes")));

    private record Rule(Predicate<String> applies, BiFunction<String, Draws, String> apply) {}

    /** Transliterations from Arabic, Persian, Ge'ez, Somali and Bengali spellings. */
    private static final List<Rule> TRANSLITERATION_RULES = List.of(
            replaceOne("ou", "u"),
            replaceOne("oo", "u"),
            replaceOne("ee", "i"),
            replaceOne("ph", "f"),
            replaceOne("dh", "z"),
            replaceOne("q", "k"),
            replaceOne("kh", "h"),
            replaceOne("kh", "ch"),
            replaceOne("sh", "sch"),
            replaceOne("ai", "ay"),
            replaceOne("ai", "ei"),
            replaceOne("ei", "ai"),
            replaceOne("ay", "ai"),
            replaceInterior("u", "ou"),
            replaceInterior("i", "ee"),
            replaceInterior("e", "a"),
            replaceInterior("a", "e"),
            replaceInterior("e", "i"),
            replaceInterior("i", "e"),
            replaceOne("o", "u"),
            replaceInterior("u", "o"),
            new Rule(w -> w.startsWith("y"), (w, d) -> "j" + w.substring(1)),
            new Rule(w -> w.length() > 4 && w.endsWith("a"), (w, d) -> w + "h"),
            new Rule(w -> w.length() > 4 && w.endsWith("aye"), (w, d) -> w.substring(0, w.length() - 1)),
            new Rule(Spellings::hasDoubleConsonant, Spellings::undouble),
            new Rule(Spellings::hasSingleConsonantBetweenVowels, Spellings::doubleOne),
            new Rule(w -> w.startsWith("al-"), Spellings::article),
            new Rule(w -> w.startsWith("abd") && w.length() > 5, Spellings::abd),
            new Rule(Spellings::isCompound, Spellings::splitCompound));

    /** Ukrainian: the national transliteration against older, German and Russian-influenced ones. */
    private static final List<Rule> UKRAINIAN_RULES = List.of(
            replaceOne("ii", "iy"),
            replaceOne("ii", "ij"),
            replaceOne("iia", "iya"),
            replaceOne("iia", "ia"),
            replaceOne("ia", "ya"),
            replaceOne("iu", "yu"),
            replaceOne("kh", "ch"),
            // Russian forms: Oleh, Oleg; Halyna, Galina (not the h of kh, sh, zh, ch).
            new Rule(w -> russianG(w) >= 0, (w, d) -> w.substring(0, russianG(w)) + "g" + w.substring(russianG(w) + 1)),
            replaceInside("y", "i"),
            new Rule(w -> w.startsWith("v"), (w, d) -> "w" + w.substring(1)),
            new Rule(w -> w.startsWith("y"), (w, d) -> "j" + w.substring(1)));

    /** Names already in Latin script: only compound names written apart or together, and doubled letters. */
    private static final List<Rule> LATIN_SCRIPT_RULES = List.of(
            new Rule(w -> w.contains("-"), (w, d) -> w.replace("-", d.chance(0.7) ? " " : "")),
            new Rule(Spellings::hasDoubleConsonant, Spellings::undouble));

    private static final List<String> COMPOUND_PREFIXES =
            List.of("gebre", "wolde", "habte", "tesfa", "haile", "tekle", "kidane");

    private Spellings() {}

    /** One variation of the name, or the name itself when no rule applies. */
    static String vary(String name, Origin origin, Draws draws) {
        String word = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (!isPlainAscii(word) && draws.chance(0.7)) {
            return capitalised(withoutAccents(word)); // keyboards abroad drop them
        }
        if (origin == Origin.BANGLADESH && word.equals("mohammad") && draws.chance(0.5)) {
            return "Md.";
        }
        List<String> known = KNOWN.get(word);
        if (known != null && draws.chance(0.5)) {
            return capitalised(draws.pick(known));
        }
        List<Rule> rules =
                switch (origin) {
                    case VENEZUELA, HAITI -> LATIN_SCRIPT_RULES;
                    case UKRAINE -> UKRAINIAN_RULES;
                    default -> TRANSLITERATION_RULES;
                };
        List<Rule> applicable =
                rules.stream().filter(r -> r.applies().test(word)).toList();
        if (applicable.isEmpty()) {
            return name;
        }
        return capitalised(draws.pick(applicable).apply().apply(word, draws));
    }

    /** A typing error: a letter dropped, two swapped, or one doubled. */
    static String typo(String name, Draws draws) {
        if (name.length() < 4) {
            return name;
        }
        int at = draws.between(1, name.length() - 2);
        return switch (draws.between(1, 3)) {
            case 1 -> name.substring(0, at) + name.substring(at + 1);
            case 2 -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
            default -> name.substring(0, at) + name.charAt(at) + name.substring(at);
        };
    }

    private static Rule replaceOne(String from, String to) {
        return new Rule(w -> w.contains(from), (w, d) -> replaceAt(w, from, to, d, 0));
    }

    /** Not the first letter: Omar and Ali keep their initial vowel. */
    private static Rule replaceInside(String from, String to) {
        return new Rule(w -> w.indexOf(from, 1) > 0, (w, d) -> replaceAt(w, from, to, d, 1));
    }

    /** Neither the first nor the last letter: Ali does not become Ale, nor Salma Salme. */
    private static Rule replaceInterior(String from, String to) {
        return new Rule(
                w -> interiorPositions(w, from).size() > 0, (w, d) -> replaceAt(w, from, to, d, 1, w.length() - 1));
    }

    private static List<Integer> interiorPositions(String word, String from) {
        List<Integer> positions = new ArrayList<>();
        for (int i = word.indexOf(from, 1);
                i >= 0 && i + from.length() < word.length();
                i = word.indexOf(from, i + 1)) {
            positions.add(i);
        }
        return positions;
    }

    private static String replaceAt(String word, String from, String to, Draws draws, int fromIndex) {
        return replaceAt(word, from, to, draws, fromIndex, word.length());
    }

    private static String replaceAt(String word, String from, String to, Draws draws, int fromIndex, int beforeIndex) {
        List<Integer> positions = new ArrayList<>();
        for (int i = word.indexOf(from, fromIndex);
                i >= 0 && i + from.length() <= beforeIndex;
                i = word.indexOf(from, i + 1)) {
            positions.add(i);
        }
        int at = draws.pick(positions);
        return word.substring(0, at) + to + word.substring(at + from.length());
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static boolean hasDoubleConsonant(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (w.charAt(i) == w.charAt(i - 1) && Character.isLetter(w.charAt(i)) && !isVowel(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String undouble(String w, Draws draws) {
        for (int i = 1; i < w.length(); i++) {
            if (w.charAt(i) == w.charAt(i - 1) && !isVowel(w.charAt(i))) {
                return w.substring(0, i) + w.substring(i + 1);
            }
        }
        return w;
    }

    private static boolean hasSingleConsonantBetweenVowels(String w) {
        return consonantsBetweenVowels(w).size() > 0;
    }

    private static List<Integer> consonantsBetweenVowels(String w) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i + 1 < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)
                    && !isVowel(c)
                    && c != 'h'
                    && isVowel(w.charAt(i - 1))
                    && isVowel(w.charAt(i + 1))) {
                positions.add(i);
            }
        }
        return positions;
    }

    private static String doubleOne(String w, Draws draws) {
        int at = draws.pick(consonantsBetweenVowels(w));
        return w.substring(0, at + 1) + w.charAt(at) + w.substring(at + 1);
    }

    /** Al-Hassan: Al Hassan, Alhassan, El-Hassan, Hassan, or the assimilated As-Sayed, Ash-Shami. */
    private static String article(String w, Draws draws) {
        String name = w.substring(3);
        String assimilated = Stream.of("sh", "th", "dh", "s", "d", "r", "t", "z", "n")
                .filter(name::startsWith)
                .findFirst()
                .map(sound -> "a" + sound + "-" + name)
                .orElse("el-" + name);
        return switch (draws.between(1, 5)) {
            case 1 -> "al " + name;
            case 2 -> "al" + name;
            case 3 -> "el-" + name;
            case 4 -> name;
            default -> assimilated;
        };
    }

    /** Abdulrahman, Abdelrahim, Abdullah: written with Abd al-, Abdul, Abdel, Abdur, Abd-. */
    private static String abd(String w, Draws draws) {
        String rest = w.substring(3).replaceFirst("^(ul|el|al|u|i|e)", "");
        if (rest.startsWith("la") && rest.length() <= 4) {
            // Abdullah, Abdullahi: "Allah" keeps its article.
            return draws.pick(List.of("abdalla", "abd alla", "abdulla", "abdella")) + rest.substring(2);
        }
        String connector = draws.pick(List.of("abdul", "abdel", "abd al-", "abd-", "abdel ", "abdul ", "abdi"));
        if (connector.equals("abdi") && !rest.isEmpty() && rest.charAt(0) == 'r') {
            connector = "abdur"; // Abdurrahman
        }
        return connector + rest;
    }

    /** Where the first Ukrainian h that Russian writes as g is, or -1. */
    private static int russianG(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == 'h' && (i == 0 || "kszc".indexOf(w.charAt(i - 1)) < 0)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCompound(String w) {
        return COMPOUND_PREFIXES.stream().anyMatch(p -> w.startsWith(p) && w.length() > p.length() + 2);
    }

    private static String splitCompound(String w, Draws draws) {
        String prefix =
                COMPOUND_PREFIXES.stream().filter(w::startsWith).findFirst().orElseThrow();
        String separator = draws.chance(0.5) ? " " : "-";
        String first = prefix.startsWith("gebre") && draws.chance(0.3) ? "ghebre" : prefix;
        return first + separator + w.substring(prefix.length());
    }

    private static boolean isPlainAscii(String w) {
        return w.chars().allMatch(c -> c < 128);
    }

    private static String withoutAccents(String w) {
        return Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Each part capitalised, but the article inside a name (Abd al-Rahman) in lower case. */
    private static String capitalised(String w) {
        StringBuilder out = new StringBuilder(w.length());
        boolean startOfPart = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean innerArticle = i > 0 && w.startsWith("al-", i);
            out.append(startOfPart && !innerArticle ? Character.toUpperCase(c) : c);
            startOfPart = c == ' ' || c == '-';
        }
        return out.toString();
    }
}

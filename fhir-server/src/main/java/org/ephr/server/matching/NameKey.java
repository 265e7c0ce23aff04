package org.ephr.server.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One name part (the given names, or the family name) reduced to a spelling that different transliterations of the
 * same name share, and compared with a distance that treats vowel differences as cheap and consonant differences as
 * dear.
 *
 * <p>The spelling: lower case, no accents; German and French digraphs read as English ones ({@code sch} as
 * {@code sh}, {@code dj} and {@code dsch} as {@code j}); {@code ph, dh, th, kh, gh, q, x, w} as {@code f, z, s, h, g,
 * k, h, v} (the last for Somali {@code x}); a consonantal {@code y} as {@code j} (Yusuf, Jusuf), other {@code y}
 * as {@code i}; {@code o} as {@code u} and {@code ei} as {@code ai} (Osman, Usman; Hussein, Hussain); doubled
 * letters once; a final {@code h} after a vowel dropped (Fatimah). The Arabic article is dropped when it stands
 * apart (Al-Hassan, El Sayed, As-Sayed), and tried both ways when joined (Alhassan); Abd al-, Abdul, Abdel, Abdi
 * and Abdur all become {@code abd}; {@code bin, ibn, bint} are dropped; Md. and Mohd. read as Mohammad.
 *
 * <p>In the distance, {@code e} stands for either {@code a} or {@code i} (Mohammed, Muhammad; Khaled, Khalid),
 * other vowel changes and a dropped vowel or {@code h} cost 0.5, and so do closely related consonants (s/z, d/z,
 * t/d, b/p, f/v, k/g, and g/h for Russian forms of Ukrainian names: Oleh, Oleg). A spelling variant differs in
 * vowels and such consonants only, within a tolerance that grows with the length of the name; one wholly different
 * consonant makes a name similar at best (a typing error, or Levchenko and Savchenko).
 *
 * <p>Names written in Arabic script are transliterated ({@link ArabicScript}); they lack the short vowels, so a
 * Latin vowel missing there costs nothing, while the long vowels they do write must be there (Mahmoud is not
 * Mohammed, although both are m-h-m-d). Names in other scripts are compared as written.
 */
final class NameKey {

    static final NameKey EMPTY = new NameKey("", "", Kind.NONE, List.of(), List.of());

    /** A vowel of unknown quality, as a bare initial alef writes it: matches any vowel. */
    static final char ANY_VOWEL = '\u0259';

    private static final Map<String, String> ABBREVIATIONS =
            Map.of("md", "mohammad", "mohd", "mohammad", "muhd", "muhammad");
    private static final Set<String> ALLAH = Set.of("lla", "allah", "alla", "ullah", "ulla", "ollah", "ulah");
    private static final Set<String> PATRONYMIC_MARKERS = Set.of("bin", "ibn", "bint", "binti", "ben");

    /** How the name was written, which decides how it can be compared. */
    private enum Kind {
        NONE,
        LATIN,
        /** Arabic script, transliterated without short vowels. */
        ARABIC,
        /** A script this class does not transliterate (Ge'ez, Cyrillic, Bengali): compared as written. */
        OTHER
    }

    private final String written;
    private final String folded;
    private final Kind kind;
    /** The spelling first, then alternatives (the name without a joined article). */
    private final List<String> spellings;

    private final List<String> words;

    private NameKey(String written, String folded, Kind kind, List<String> spellings, List<String> words) {
        this.written = written;
        this.folded = folded;
        this.kind = kind;
        this.spellings = spellings;
        this.words = words;
    }

    static NameKey of(String name) {
        if (name == null || name.isBlank()) {
            return EMPTY;
        }
        String written = name.strip();
        if (ArabicScript.containsArabicScript(written)) {
            return fromLatinText(written, ArabicScript.fold(written), ArabicScript.toLatin(written), Kind.ARABIC);
        }
        String latin = foldLatin(written);
        String letters = latin.replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty()) {
            return EMPTY;
        }
        boolean latinScript =
                letters.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        if (!latinScript) {
            return new NameKey(written, letters, Kind.OTHER, List.of(letters), List.of(letters));
        }
        return fromLatinText(written, letters, latin, Kind.LATIN);
    }

    private static NameKey fromLatinText(String written, String folded, String latin, Kind kind) {
        List<String> rawWords = withoutParticles(List.of(latin.split("[^\\p{L}]+")).stream()
                .filter(w -> !w.isEmpty())
                .map(w -> ABBREVIATIONS.getOrDefault(w, w))
                .toList());
        if (rawWords.isEmpty()) {
            return EMPTY;
        }
        List<String> words = rawWords.stream().map(NameKey::respell).toList();
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(String.join("", words));
        String first = rawWords.get(0);
        if (first.length() >= 6 && (first.startsWith("al") || first.startsWith("el"))) {
            List<String> withoutArticle = new ArrayList<>(words);
            withoutArticle.set(0, respell(first.substring(2)));
            spellings.add(String.join("", withoutArticle));
        }
        return new NameKey(written, folded, kind, List.copyOf(spellings), words);
    }

    boolean isEmpty() {
        return kind == Kind.NONE;
    }

    /** The name as the record gives it. */
    String written() {
        return written;
    }

    /** The comparison spelling, e.g. {@code muhamed} for Mohammed and Mohamed alike. */
    String spelling() {
        return spellings.isEmpty() ? "" : spellings.get(0);
    }

    /**
     * Coarse keys to find candidates by: the consonants of each spelling (of the whole name, and of each word of at
     * least two consonants), so that the spellings of one name share at least one key.
     */
    Set<String> blockingKeys() {
        Set<String> keys = new LinkedHashSet<>();
        if (kind == Kind.OTHER) {
            keys.add(folded);
            return keys;
        }
        spellings.forEach(s -> keys.add(consonants(s)));
        if (words.size() > 1) {
            words.stream().map(NameKey::consonants).filter(k -> k.length() >= 2).forEach(keys::add);
        }
        keys.remove("");
        return keys;
    }

    /**
     * How well this name agrees with another; empty when either is missing or the two cannot be compared (written in
     * different scripts, one of which is not transliterated).
     */
    Optional<NameAgreement> compare(NameKey other) {
        if (isEmpty() || other.isEmpty() || !comparableWith(other)) {
            return Optional.empty();
        }
        if (folded.equals(other.folded)) {
            return Optional.of(NameAgreement.EXACT);
        }
        if (kind == Kind.OTHER) {
            // No transliteration knowledge for this script: only a near-identical spelling counts.
            double distance = distance(folded, other.folded);
            return Optional.of(
                    distance <= 1.0 && Math.min(folded.length(), other.folded.length()) >= 3
                            ? NameAgreement.SIMILAR
                            : NameAgreement.DIFFERENT);
        }
        boolean mineArabic = kind == Kind.ARABIC;
        boolean theirsArabic = other.kind == Kind.ARABIC;
        NameAgreement best = NameAgreement.DIFFERENT;
        for (String mine : spellings) {
            for (String theirs : other.spellings) {
                best = NameAgreement.max(best, agreement(mine, mineArabic, theirs, theirsArabic));
            }
        }
        if (!best.atLeast(NameAgreement.PARTIAL) && containsOrIsContainedIn(other)) {
            best = NameAgreement.PARTIAL;
        }
        return Optional.of(best);
    }

    private boolean comparableWith(NameKey other) {
        if (kind == Kind.OTHER || other.kind == Kind.OTHER) {
            return kind == other.kind
                    && Character.UnicodeScript.of(folded.codePointAt(0))
                            == Character.UnicodeScript.of(other.folded.codePointAt(0));
        }
        return true;
    }

    /** All words of the name with fewer words agree with words of the other (Gonzalez; Gonzalez Perez). */
    private boolean containsOrIsContainedIn(NameKey other) {
        if (words.size() == other.words.size()) {
            return false;
        }
        NameKey fewer = words.size() < other.words.size() ? this : other;
        NameKey more = fewer == this ? other : this;
        List<String> unmatched = new ArrayList<>(more.words);
        for (String word : fewer.words) {
            boolean tooShortToTell = consonants(word).length() < 2;
            Optional<String> partner = unmatched.stream()
                    .filter(candidate -> !tooShortToTell || candidate.equals(word))
                    .filter(candidate -> agreement(word, fewer.kind == Kind.ARABIC, candidate, more.kind == Kind.ARABIC)
                            .atLeast(NameAgreement.VARIANT))
                    .findFirst();
            if (partner.isEmpty()) {
                return false;
            }
            unmatched.remove(partner.get());
        }
        return true;
    }

    private static NameAgreement agreement(String a, boolean aArabic, String b, boolean bArabic) {
        if (a.equals(b)) {
            return NameAgreement.VARIANT;
        }
        double distance = distance(a, aArabic, b, bArabic);
        if (aArabic || bArabic) {
            int shorter = Math.min(consonants(a).length(), consonants(b).length());
            if (distance == 0 || (distance <= 0.5 && shorter >= 2)) {
                return NameAgreement.VARIANT;
            }
            return distance <= 1.0 && shorter >= 3 ? NameAgreement.SIMILAR : NameAgreement.DIFFERENT;
        }
        int longer = Math.max(a.length(), b.length());
        // Short names have little room for variation: Lina and Lana are different names.
        double tolerance = longer <= 4 ? 0.0 : longer < 8 ? 0.5 : 1.0;
        // Transliterations differ in vowels and in related consonants; a wholly different consonant (Levchenko,
        // Savchenko) is another name or a typing error.
        if (distance <= tolerance && distance(consonants(a), consonants(b)) <= 0.5) {
            return NameAgreement.VARIANT;
        }
        boolean similar = distance <= tolerance + 1.0 && Math.min(a.length(), b.length()) >= 3;
        return similar ? NameAgreement.SIMILAR : NameAgreement.DIFFERENT;
    }

    // ---- Spelling

    /** Lower case, without accents or apostrophes; non-letters kept as word separators. */
    private static String foldLatin(String text) {
        String noApostrophes = text.replaceAll("['\u2019\u02BC\u02BB\u02BE\u02BF`\u00B4]", "");
        String decomposed =
                Normalizer.normalize(noApostrophes, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
            folded.append(
                    switch (c) {
                        case 'ı' -> "i";
                        case 'ł' -> "l";
                        case 'ø' -> "o";
                        case 'đ', 'ð' -> "d";
                        case 'þ' -> "th";
                        case 'æ' -> "ae";
                        case 'œ' -> "oe";
                        case 'ß' -> "ss";
                        default -> String.valueOf(c);
                    });
        }
        return folded.toString();
    }

    /**
     * Drops the article where it stands apart (Al-, El-, and As-Sayed, Ash-Shami, Ar-Rashid, where it takes the
     * sound of the next letter) and bin/ibn/bint; joins Abd, Abdul, Abdel and the like with the name they introduce.
     */
    private static List<String> withoutParticles(List<String> words) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean hasNext = i + 1 < words.size();
            String next = hasNext ? words.get(i + 1) : "";
            if (hasNext && (word.equals("al") || word.equals("el") || isAssimilatedArticle(word, next))) {
                continue;
            }
            if (hasNext && PATRONYMIC_MARKERS.contains(word)) {
                continue;
            }
            kept.add(word);
        }
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String word = kept.get(i);
            if (word.startsWith("abd") && word.length() <= 6 && i + 1 < kept.size()) {
                joined.add(word + kept.get(++i));
            } else if (ALLAH.contains(word) && !joined.isEmpty()) {
                // Zabih Ullah, ذبیح الله: one name, Zabihullah.
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + word);
            } else {
                joined.add(word);
            }
        }
        return joined;
    }

    private static boolean isAssimilatedArticle(String word, String next) {
        if (word.length() < 2 || word.length() > 3 || (word.charAt(0) != 'a' && word.charAt(0) != 'e')) {
            return false;
        }
        String consonant = word.substring(1);
        return List.of("s", "sh", "d", "r", "t", "z", "n", "th", "dh").contains(consonant)
                && next.startsWith(consonant);
    }

    /** One word, folded, to its comparison spelling. */
    static String respell(String word) {
        String s = collapseDoubles(word); // Ayyub, Ayoub
        if (s.length() > 4 && s.endsWith("aye")) {
            s = s.substring(0, s.length() - 3) + "ai"; // Tesfaye, Tesfay
        }
        s = s.replace("dsch", "j").replace("tsch", "ch").replace("sch", "sh").replace("dj", "j");
        s = s.replace("ph", "f")
                .replace("dh", "z")
                .replace("th", "s")
                .replace("kh", "h")
                .replace("gh", "g")
                .replace("ck", "k");
        s = hardAndSoftC(s).replace('q', 'k').replace('x', 'h').replace('w', 'v');
        s = consonantalY(s);
        if (s.length() > 3 && s.endsWith("ij")) {
            s = s.substring(0, s.length() - 1); // Ukrainian -ij, -iy, -ii
        }
        s = s.replace('o', 'u').replace("ei", "ai");
        s = abdPrefix(collapseDoubles(s));
        if (s.length() > 3 && s.charAt(s.length() - 1) == 'h' && isVowel(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String hardAndSoftC(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (c == 'c' && next != 'h') {
                out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Y as a consonant (word start, between vowels) is J; after an I it is a glide (Ziyad, Ziad); else a vowel. */
    private static String consonantalY(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 'y') {
                out.append(c);
                continue;
            }
            char previous = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            boolean beforeVowel = isVowelOrO(next);
            if (i == 0 || (isVowelOrO(previous) && previous != 'i' && beforeVowel)) {
                out.append('j');
            } else if (previous == 'i' && beforeVowel) {
                continue;
            } else {
                out.append('i');
            }
        }
        return out.toString();
    }

    /** Abd al-Rahman, Abdul Rahman, Abdelrahman, Abdurrahman: all {@code abdrahman}; Abdullah: {@code abdala}. */
    private static String abdPrefix(String s) {
        if (!s.startsWith("abd") || s.length() <= 3) {
            return s;
        }
        String rest = s.substring(3);
        int vowels = 0;
        while (vowels < rest.length() && isVowel(rest.charAt(vowels))) {
            vowels++;
        }
        rest = rest.substring(vowels);
        boolean article = rest.startsWith("l");
        if (article) {
            rest = rest.substring(1);
        }
        if (article && rest.chars().allMatch(c -> isVowel((char) c) || c == 'h')) {
            return "abdala"; // Abd Allah
        }
        return "abd" + rest;
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** The consonants of a spelling, doubled ones once. */
    static String consonants(String spelling) {
        StringBuilder out = new StringBuilder(spelling.length());
        for (char c : spelling.toCharArray()) {
            if (!isVowel(c) && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- Distance

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'u' || c == ANY_VOWEL;
    }

    private static boolean isVowelOrO(char c) {
        return isVowel(c) || c == 'o';
    }

    /** Weighted edit distance (with adjacent transpositions) over comparison spellings, both in Latin script. */
    static double distance(String a, String b) {
        return distance(a, false, b, false);
    }

    /**
     * Weighted edit distance (with adjacent transpositions). A vowel from Arabic script is a long vowel, written
     * because it is pronounced: missing it, or reading another, costs as much as a consonant. Latin vowels that
     * Arabic script does not write (the short ones) cost nothing then.
     */
    private static double distance(String a, boolean aArabic, String b, boolean bArabic) {
        double[][] d = new double[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            d[i][0] = d[i - 1][0] + indel(a.charAt(i - 1), aArabic, bArabic);
        }
        for (int j = 1; j <= b.length(); j++) {
            d[0][j] = d[0][j - 1] + indel(b.charAt(j - 1), bArabic, aArabic);
        }
        boolean longVowels = aArabic || bArabic;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double best = Math.min(
                        d[i - 1][j - 1] + substitution(x, y, longVowels),
                        Math.min(d[i - 1][j] + indel(x, aArabic, bArabic), d[i][j - 1] + indel(y, bArabic, aArabic)));
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y && x != y) {
                    best = Math.min(best, d[i - 2][j - 2] + 1.0);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    private static double indel(char c, boolean fromArabic, boolean otherArabic) {
        if (isVowel(c)) {
            if (fromArabic) {
                return 1.0;
            }
            return otherArabic ? 0.0 : 0.5;
        }
        return c == 'h' ? 0.5 : 1.0;
    }

    private static double substitution(char x, char y, boolean longVowels) {
        if (x == y) {
            return 0.0;
        }
        if (isVowel(x) && isVowel(y)) {
            if (x == ANY_VOWEL || y == ANY_VOWEL) {
                return 0.0;
            }
            boolean eForAOrI = (x == 'e' || y == 'e') && x != 'u' && y != 'u';
            return eForAOrI ? 0.0 : longVowels ? 1.0 : 0.5;
        }
        return closeConsonants(x, y) ? 0.5 : 1.0;
    }

    private static boolean closeConsonants(char x, char y) {
        String pair = x < y ? "" + x + y : "" + y + x;
        return switch (pair) {
            case "sz", "dz", "dt", "bp", "fv", "gk", "gh" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return written;
    }
}

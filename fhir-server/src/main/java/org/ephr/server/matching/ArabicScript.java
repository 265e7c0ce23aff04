package org.ephr.server.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rough Latin rendering of names written in Arabic script (Arabic, Dari, Pashto spellings), good enough to compare
 * its consonants with a Latin transliteration. Short vowels are not written in Arabic script, so the result has only
 * the long vowels: {@code محمد} gives {@code mhmd}. Callers therefore compare such names by consonants only.
 */
final class ArabicScript {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ا', "a"),
            Map.entry('أ', "a"),
            Map.entry('إ', "i"),
            Map.entry('آ', "a"),
            Map.entry('ٱ', "a"),
            Map.entry('ء', ""),
            Map.entry('ؤ', "u"),
            Map.entry('ئ', "i"),
            Map.entry('ب', "b"),
            Map.entry('پ', "p"),
            Map.entry('ت', "t"),
            Map.entry('ث', "th"),
            Map.entry('ج', "j"),
            Map.entry('چ', "ch"),
            Map.entry('ح', "h"),
            Map.entry('خ', "kh"),
            Map.entry('د', "d"),
            Map.entry('ذ', "dh"),
            Map.entry('ر', "r"),
            Map.entry('ز', "z"),
            Map.entry('ژ', "zh"),
            Map.entry('س', "s"),
            Map.entry('ش', "sh"),
            Map.entry('ص', "s"),
            Map.entry('ض', "d"),
            Map.entry('ط', "t"),
            Map.entry('ظ', "z"),
            // The ain has no Latin letter of its own; documents mostly leave it out (Ali, Omar, Aisha).
            Map.entry('ع', ""),
            Map.entry('غ', "gh"),
            Map.entry('ف', "f"),
            Map.entry('ق', "q"),
            Map.entry('ك', "k"),
            Map.entry('ک', "k"),
            Map.entry('گ', "g"),
            Map.entry('ل', "l"),
            Map.entry('م', "m"),
            Map.entry('ن', "n"),
            Map.entry('ه', "h"),
            // Ta marbuta: -a, -ah, -e, -eh in Latin; the comparison reads e as a or i.
            Map.entry('ة', "e"),
            Map.entry('ۀ', "e"),
            Map.entry('ى', "a"),
            // Short-vowel marks, in the rare names written with them.
            Map.entry('\u064E', "a"),
            Map.entry('\u0650', "i"),
            Map.entry('\u064F', "u"));

    private static final char WAW = 'و';
    private static final char ARABIC_YEH = 'ي';
    private static final char PERSIAN_YEH = 'ی';
    private static final char HEH = 'ه';
    private static final char SHADDA = '\u0651';
    private static final char ALEF = 'ا';
    private static final String ALLAH = "الله";

    private ArabicScript() {}

    static boolean isArabicScript(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }

    static boolean containsArabicScript(String text) {
        return text.codePoints().anyMatch(ArabicScript::isArabicScript);
    }

    /**
     * Word by word, without the article {@code ال} (Al-/El-), which Latin keys drop as well. Allah, alone or ending a
     * compound (Abdullah, Noorullah, Asadullah), is written {@code lla}: the vowel before it varies in Latin (Abdallah,
     * Asadollah), so it is left to the Latin side.
     */
    static String toLatin(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("[\\s\\u200C\\-]+")) {
            String letters = lettersOnly(word);
            String latin;
            if (letters.endsWith(ALLAH)) {
                String before = letters.substring(0, letters.length() - ALLAH.length());
                latin = (before.isEmpty() ? "" : wordToLatin(before)) + "lla";
            } else {
                letters = withoutArticle(withoutArticleAfterAbd(letters));
                latin = letters.isEmpty() ? "" : wordToLatin(letters);
            }
            if (!latin.isEmpty()) {
                words.add(latin);
            }
        }
        return String.join(" ", words);
    }

    /** The same spelling, whatever hamza seat, alef or yeh form the writer's keyboard used. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : lettersOnly(text).toCharArray()) {
            folded.append(
                    switch (c) {
                        case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                        case 'ى', PERSIAN_YEH -> ARABIC_YEH;
                        case 'ک' -> 'ك';
                        case 'ة' -> HEH;
                        default -> c;
                    });
        }
        return folded.toString();
    }

    /** Letters and the shadda, without tatweel, other vowel marks or punctuation. */
    private static String lettersOnly(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            if (c == SHADDA || LETTERS.containsKey(c) || c == WAW || c == ARABIC_YEH || c == PERSIAN_YEH) {
                letters.append(c);
            } else if (Character.isLetter(c) && c != 'ـ') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /** Abd al-Rahman written as one word: the article goes as it does in Latin keys. */
    private static String withoutArticleAfterAbd(String word) {
        return word.length() > 6 && word.startsWith("عبدال") ? "عبد" + word.substring(5) : word;
    }

    private static String withoutArticle(String word) {
        boolean article = word.length() >= 4 && word.charAt(0) == 'ا' && word.charAt(1) == 'ل';
        return article ? word.substring(2) : word;
    }

    private static String wordToLatin(String word) {
        StringBuilder latin = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean last = i == word.length() - 1;
            if (c == SHADDA) {
                if (!latin.isEmpty()) {
                    latin.append(latin.charAt(latin.length() - 1));
                }
            } else if (c == PERSIAN_YEH && last && i > 0 && !isAlef(at(word, i - 1))) {
                // Final Dari yeh is i in Ali and Hashimi, a in Murtaza and Musa: e stands for either.
                latin.append('e');
            } else if (c == WAW || c == ARABIC_YEH || c == PERSIAN_YEH) {
                // A consonant at the start and next to a long vowel (Darwish, Ziad, Parwana), else a long vowel.
                boolean consonant =
                        i == 0 || isAlef(at(word, i - 1)) || isAlef(at(word, i + 1)) || isWawOrYeh(at(word, i + 1));
                if (c == WAW) {
                    latin.append(consonant ? "w" : "u");
                } else {
                    latin.append(consonant ? "y" : "i");
                }
            } else if (c == HEH && last && i > 0) {
                // A final heh is mostly a vowel in names (Dari Fatemeh, Parwana, Setara).
                latin.append('e');
            } else if (c == ALEF && i == 0) {
                // A bare initial alef only carries the first vowel, which may be a, i or u (Ahmad, Omid).
                latin.append(NameKey.ANY_VOWEL);
            } else {
                latin.append(LETTERS.getOrDefault(c, String.valueOf(c)));
            }
        }
        return latin.toString();
    }

    private static char at(String word, int index) {
        return index >= 0 && index < word.length() ? word.charAt(index) : ' ';
    }

    private static boolean isWawOrYeh(char c) {
        return c == WAW || c == ARABIC_YEH || c == PERSIAN_YEH;
    }

    private static boolean isAlef(char c) {
        return c == 'ا' || c == 'أ' || c == 'إ' || c == 'آ' || c == 'ة' || c == 'ى';
    }
}

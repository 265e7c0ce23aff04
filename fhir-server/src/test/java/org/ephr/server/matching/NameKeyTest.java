package org.ephr.server.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest
    @CsvSource({"José, JOSE", "Al-Hassan, alhassan", "Jean-Baptiste, Jean Baptiste", "Dieudonné, DIEUDONNE"})
    void compareWhenSameLettersIgnoringCaseAccentsAndSeparatorsThenExact(String a, String b) {
        assertThat(agreement(a, b)).isEqualTo(NameAgreement.EXACT);
    }

    @ParameterizedTest
    @CsvSource({
        "Mohammed, Muhammad",
        "Mohamed, Mohammad",
        "Ahmad, Ahmed",
        "Youssef, Yusuf",
        "Youssef, Jussuf",
        "Khaled, Khalid",
        "Hussein, Hussain",
        "Hussein, Husayn",
        "Osman, Othman",
        "Osman, Usman",
        "Qasim, Kassem",
        "Mustafa, Mustapha",
        "Zaher, Dhaher",
        "Zainab, Zeinab",
        "Layla, Leila",
        "Sameer, Samir",
        "Fatima, Fatimah",
        "Ziad, Ziyad",
        "Nour, Noor",
        "Ayoub, Ayyub",
        "Sharif, Scharif",
        "Djamal, Jamal",
        "Maxamed, Mohamed",
        "Md., Mohammad",
        "Tesfaye, Tesfay",
        "Gebremedhin, Ghebre Medhin",
        "Andrii, Andriy",
        "Andrii, Andrij",
        "Bohdan, Bogdan",
        "Nataliia, Natalia"
    })
    void compareWhenTransliterationVariantsThenVariant(String a, String b) {
        assertThat(agreement(a, b)).isEqualTo(NameAgreement.VARIANT);
        assertThat(agreement(b, a)).isEqualTo(NameAgreement.VARIANT);
    }

    @ParameterizedTest
    @CsvSource({
        "Al-Hassan, El Hassan",
        "Al-Hassan, Hassan",
        "Alhassan, Hasan",
        "Al-Sayed, As-Sayed",
        "Al-Shami, Ash-Shami",
        "Abdulrahman, Abd al-Rahman",
        "Abdel Rahman, Abdurrahman",
        "Abdirahman, Abdulrahman",
        "Abdullah, Abd Allah",
        "Abdallah, Abdulla",
        "Zabih Ullah, Zabihollah",
        "Mohammed bin Salman, Mohammed Salman"
    })
    void compareWhenArticlesOrParticlesWrittenDifferentlyThenVariant(String a, String b) {
        assertThat(agreement(a, b)).isEqualTo(NameAgreement.VARIANT);
    }

    @ParameterizedTest
    @CsvSource({
        "Hassan, Hussein",
        "Lina, Lana",
        "Mahmoud, Mohammed",
        "Levchenko, Savchenko",
        "Omar, Amir",
        "Saba, Sara",
        "Hector, Hetcor"
    })
    void compareWhenDifferentNamesOrTypingErrorThenBelowVariant(String a, String b) {
        assertThat(agreement(a, b)).isIn(NameAgreement.SIMILAR, NameAgreement.DIFFERENT);
    }

    @Test
    void compareWhenNothingInCommonThenDifferent() {
        assertThat(agreement("Fatima", "Khadija")).isEqualTo(NameAgreement.DIFFERENT);
        assertThat(agreement("Kovalenko", "Mohammadi")).isEqualTo(NameAgreement.DIFFERENT);
    }

    @ParameterizedTest
    @CsvSource({
        "محمد, Mohammed",
        "محمد, Muhammad",
        "أحمد, Ahmad",
        "احمد, Ahmed",
        "يوسف, Youssef",
        "عبد الرحمن, Abdulrahman",
        "عبدالرحمن, Abd al-Rahman",
        "الحسن, Al-Hassan",
        "فاطمة, Fatima",
        "فاطمه, Fatemeh",
        "عبدالله, Abdullah",
        "عبد الله, Abdallah",
        "امید, Omid",
        "ذبیح الله, Zabihullah",
        "نورالله, Noorullah",
        "درويش, Darwish",
        "علی, Ali",
        "مرتضی, Murtaza",
        "العبيدي, Al-Obaidi",
        "سليمان, Suleiman",
        "پروانه, Parwana"
    })
    void compareWhenArabicScriptAndItsTransliterationThenVariant(String arabic, String latin) {
        assertThat(agreement(arabic, latin)).isEqualTo(NameAgreement.VARIANT);
        assertThat(agreement(latin, arabic)).isEqualTo(NameAgreement.VARIANT);
    }

    @ParameterizedTest
    @CsvSource({"محمود, Mohammed", "حسين, Hassan", "احمد, Hamid"})
    void compareWhenArabicScriptWritesAnotherLongVowelThenBelowVariant(String arabic, String latin) {
        assertThat(agreement(arabic, latin)).isIn(NameAgreement.SIMILAR, NameAgreement.DIFFERENT);
    }

    @Test
    void compareWhenSameArabicNameWithOtherHamzaOrYehFormThenExact() {
        assertThat(agreement("أحمد", "احمد")).isEqualTo(NameAgreement.EXACT);
        assertThat(agreement("علي", "علی")).isEqualTo(NameAgreement.EXACT);
    }

    @ParameterizedTest
    @CsvSource({"González Pérez, Gonzalez", "Mohammed Ali, Mohammed", "Luis Miguel, Luis"})
    void compareWhenOneNameHasAnExtraPartThenPartial(String longer, String shorter) {
        assertThat(agreement(longer, shorter)).isEqualTo(NameAgreement.PARTIAL);
        assertThat(agreement(shorter, longer)).isEqualTo(NameAgreement.PARTIAL);
    }

    @Test
    void compareWhenOnlyAShortWordOrAllahInCommonThenNotPartial() {
        assertThat(agreement("علی", "ذبیح الله")).isNotEqualTo(NameAgreement.PARTIAL);
        assertThat(agreement("Ali", "Zabih Ullah")).isEqualTo(NameAgreement.DIFFERENT);
        assertThat(agreement("Ali", "Ali Reza")).isEqualTo(NameAgreement.PARTIAL);
    }

    @Test
    void compareWhenScriptNotTransliteratedThenOnlyComparedWithinItsScript() {
        assertThat(NameKey.of("Олена").compare(NameKey.of("Olena"))).isEmpty();
        assertThat(NameKey.of("ሳባ").compare(NameKey.of("Saba"))).isEmpty();
        assertThat(agreement("Олена", "Олена")).isEqualTo(NameAgreement.EXACT);
        assertThat(agreement("Левченко", "Шевченко")).isIn(NameAgreement.SIMILAR, NameAgreement.DIFFERENT);
    }

    @Test
    void compareWhenEitherNameMissingThenNothingToCompare() {
        assertThat(NameKey.of(null).compare(NameKey.of("Ali"))).isEmpty();
        assertThat(NameKey.of("Ali").compare(NameKey.of(" "))).isEmpty();
        assertThat(NameKey.of("-").isEmpty()).isTrue();
    }

    @Test
    void spellingWhenTransliterationsOfOneNameThenTheSame() {
        assertThat(NameKey.of("Mohammed").spelling())
                .isEqualTo(NameKey.of("Mohamed").spelling())
                .isEqualTo(NameKey.of("MOHAMMED").spelling());
        assertThat(NameKey.of("Al-Hassan").spelling())
                .isEqualTo(NameKey.of("El Hasan").spelling());
        assertThat(NameKey.of("Abdul Rahman").spelling())
                .isEqualTo(NameKey.of("Abd ar-Rahman").spelling());
    }

    @ParameterizedTest
    @CsvSource({
        "Mohammed, محمد",
        "Mohammed, Muhammad",
        "Al-Hassan, Alhassan",
        "Abdulrahman, Abd al-Rahman",
        "Yusuf, Jussuf",
        "González Pérez, Gonzalez"
    })
    void blockingKeysWhenSpellingsOfOneNameThenShareAKey(String a, String b) {
        assertThat(NameKey.of(a).blockingKeys())
                .containsAnyElementsOf(NameKey.of(b).blockingKeys());
    }

    @Test
    void blockingKeysWhenDifferentNamesThenNoKeyShared() {
        assertThat(NameKey.of("Kovalenko").blockingKeys())
                .doesNotContainAnyElementsOf(NameKey.of("Al-Hassan").blockingKeys());
    }

    private static NameAgreement agreement(String a, String b) {
        return NameKey.of(a).compare(NameKey.of(b)).orElseThrow();
    }
}

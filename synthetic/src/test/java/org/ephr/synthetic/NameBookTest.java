package org.ephr.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NameBookTest {

    @ParameterizedTest
    @EnumSource(Origin.class)
    void bookWhenUsedByAnOriginThenHasEnoughNamesForBothGenders(Origin origin) {
        NameBook book = origin.names();

        for (AdministrativeGender gender :
                new AdministrativeGender[] {AdministrativeGender.MALE, AdministrativeGender.FEMALE}) {
            assertThat(book.given(gender)).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
            assertThat(book.family(gender)).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void bookWhenNamesAreTransliteratedThenTheLatinFormIsLatinScript(Origin origin) {
        NameBook book = origin.names();

        for (String section : NameBook.SECTIONS) {
            assertThat(book.section(section)).allSatisfy(name -> {
                assertThat(name.written()).isNotBlank();
                assertThat(name.latin().codePoints().filter(Character::isLetter))
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
            });
        }
    }
}

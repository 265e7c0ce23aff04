package org.ephr.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ephr.packaging.ConformanceFiles;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every profile has valid and invalid examples: each valid one passes HAPI's validator with no error, and each
 * invalid one fails with exactly the one error its {@code .expected.txt} names (location, tab, message fragment).
 */
class ProfileExamplesTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static FhirValidator validator;

    @BeforeAll
    static void loadPackage() {
        validator = ConformanceValidator.create(FHIR);
    }

    static Stream<Path> validExamples() {
        return ConformanceFiles.jsonFiles(ConformanceFiles.classpathFolder("fhir/profiles/examples")).stream();
    }

    static Stream<Path> invalidExamples() {
        return ConformanceFiles.jsonFiles(ConformanceFiles.classpathFolder("invalid")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void validExampleWhenValidatedThenNoErrors(Path example) throws IOException {
        assertThat(errors(example)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExamples")
    void invalidExampleWhenValidatedThenFailsWithExactlyTheExpectedError(Path example) throws IOException {
        String[] expected = Files.readString(Path.of(example.toString().replaceFirst("\\.json$", ".expected.txt")))
                .strip()
                .split("\t", 2);

        List<SingleValidationMessage> errors = errors(example);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getLocationString()).isEqualTo(expected[0]);
            assertThat(error.getMessage()).contains(expected[1]);
        });
    }

    @Test
    void everyProfileHasAValidAndAnInvalidExample() throws IOException {
        List<StructureDefinition> profiles =
                ConformanceFiles.jsonFiles(ConformanceFiles.classpathFolder("fhir/profiles/definitions")).stream()
                        .map(ConformanceFiles::readResource)
                        .filter(StructureDefinition.class::isInstance)
                        .map(StructureDefinition.class::cast)
                        .filter(definition ->
                                definition.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE)
                        .filter(definition ->
                                definition.getDerivation() == StructureDefinition.TypeDerivationRule.CONSTRAINT)
                        .toList();
        List<Resource> valid =
                validExamples().map(ConformanceFiles::readResource).toList();
        List<String> invalid =
                invalidExamples().map(path -> path.getFileName().toString()).toList();

        assertThat(profiles).isNotEmpty().allSatisfy(profile -> {
            assertThat(valid)
                    .as("a valid example of %s", profile.getName())
                    .anyMatch(example -> example.getMeta().getProfile().stream()
                            .map(CanonicalType::getValue)
                            .anyMatch(profile.getUrl()::equals));
            assertThat(invalid)
                    .as("an invalid example of %s", profile.getName())
                    .anyMatch(file -> file.startsWith(profile.getName() + "-"));
        });
    }

    private static List<SingleValidationMessage> errors(Path example) throws IOException {
        return validator.validateWithResult(Files.readString(example)).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
    }
}

package org.ephr.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SearchParameter;

/**
 * The project's naming rule for conformance artefacts, checked by each FSH module's tests: one artefact per
 * {@code .fsh} file named after it; Id is the kebab-case of the PascalCase Name ({@code MigrationStatusCS} ->
 * {@code migration-status-cs}); Title is the Name's words, with CS written "Code System" and VS "Value Set"; the
 * canonical URL is {@code <base>/<resource type>/<id>}.
 */
public final class ConformanceNaming {

    public static final String CANONICAL_BASE = "https://fhir.migrant-ephr.org";

    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern DECLARATION = Pattern.compile(
            "^(Profile|Extension|CodeSystem|ValueSet|Instance|Logical|Resource):\\s*(\\S+)", Pattern.MULTILINE);
    private static final String SHARED_RULES_FILE = "RuleSets.fsh";

    private ConformanceNaming() {}

    public static String idFor(String name) {
        return words(name).stream().map(String::toLowerCase).collect(Collectors.joining("-"));
    }

    public static String titleFor(String name) {
        return words(name).stream()
                .map(word -> switch (word) {
                    case "CS" -> "Code System";
                    case "VS" -> "Value Set";
                    default -> word;
                })
                .collect(Collectors.joining(" "));
    }

    private static List<String> words(String name) {
        return Arrays.asList(WORD_BOUNDARY.split(name));
    }

    /** What breaks the rule among the compiled definitions in {@code definitionsFolder}; empty when all is well. */
    public static List<String> definitionViolations(Path definitionsFolder) {
        List<String> violations = new ArrayList<>();
        for (Resource resource : ConformanceFiles.readResources(definitionsFolder)) {
            if (resource instanceof MetadataResource metadata) {
                violations.addAll(violations(metadata));
            }
        }
        return violations;
    }

    static List<String> violations(MetadataResource resource) {
        List<String> violations = new ArrayList<>();
        String name = resource.getName();
        String label = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        if (name == null || !name.matches("[A-Z][A-Za-z0-9]*")) {
            violations.add(label + ": name '" + name + "' is not PascalCase");
            return violations;
        }
        if (!idFor(name).equals(resource.getIdElement().getIdPart())) {
            violations.add(label + ": id should be '" + idFor(name) + "' for name " + name);
        }
        // SearchParameter has no title in R4.
        if (!(resource instanceof SearchParameter) && !titleFor(name).equals(resource.getTitle())) {
            violations.add(label + ": title should be '" + titleFor(name) + "', not '" + resource.getTitle() + "'");
        }
        String url = CANONICAL_BASE + "/" + resource.fhirType() + "/"
                + resource.getIdElement().getIdPart();
        if (!url.equals(resource.getUrl())) {
            violations.add(label + ": url should be " + url + ", not " + resource.getUrl());
        }
        return violations;
    }

    /** FSH files that hold other than exactly one artefact, or are not named after it. */
    public static List<String> fshFileViolations(Path fshFolder) {
        List<String> violations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fshFolder)) {
            files = walk.filter(path -> path.toString().endsWith(".fsh"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            if (file.getFileName().toString().equals(SHARED_RULES_FILE)) {
                continue;
            }
            List<String> declared = new ArrayList<>();
            Matcher matcher = DECLARATION.matcher(ConformanceFiles.readString(file));
            while (matcher.find()) {
                declared.add(matcher.group(2));
            }
            String expected = file.getFileName().toString().replaceFirst("\\.fsh$", "");
            if (!declared.equals(List.of(expected))) {
                violations.add(
                        fshFolder.relativize(file) + " declares " + declared + ", expected exactly [" + expected + "]");
            }
        }
        return violations;
    }
}

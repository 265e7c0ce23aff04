package org.ephr.server.support;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The valid examples shipped with the e-PHR profiles (ephr-profiles jar, fhir/profiles/examples). */
public final class ConformanceExamples {

    private ConformanceExamples() {}

    public static List<Resource> all() {
        var json = FhirContext.forR4Cached().newJsonParser();
        List<Resource> examples = new ArrayList<>();
        try {
            for (var file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:fhir/profiles/examples/*.json")) {
                examples.add((Resource) json.parseResource(file.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    public static <T extends Resource> T byId(Class<T> type, String id) {
        return all().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(resource -> resource.getIdElement().getIdPart().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No example " + type.getSimpleName() + "/" + id));
    }

    /** Every example as an update at its own id, so that they reference each other as in the package. */
    public static Bundle asTransaction() {
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (Resource example : all()) {
            String url = example.fhirType() + "/" + example.getIdElement().getIdPart();
            bundle.addEntry()
                    .setFullUrl(url)
                    .setResource(example)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT)
                    .setUrl(url);
        }
        return bundle;
    }
}

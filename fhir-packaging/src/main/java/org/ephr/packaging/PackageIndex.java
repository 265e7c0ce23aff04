package org.ephr.packaging;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/** The {@code .index.json} of a FHIR package: which file holds which resource, so tools need not parse them all. */
final class PackageIndex {

    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private final List<Map<String, Object>> files = new ArrayList<>();

    void add(String fileName, Resource resource) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("filename", fileName);
        file.put("resourceType", resource.fhirType());
        file.put("id", resource.getIdElement().getIdPart());
        if (resource instanceof MetadataResource metadata) {
            file.put("url", metadata.getUrl());
            file.put("version", metadata.getVersion());
        }
        if (resource instanceof StructureDefinition definition) {
            file.put("kind", definition.getKind().toCode());
            file.put("type", definition.getType());
            file.put(
                    "derivation",
                    definition.hasDerivation() ? definition.getDerivation().toCode() : null);
        }
        if (resource instanceof CodeSystem codeSystem && codeSystem.hasContent()) {
            file.put("content", codeSystem.getContent().toCode());
        }
        files.add(file);
    }

    int size() {
        return files.size();
    }

    void write(Path packageFolder) throws IOException {
        Files.writeString(packageFolder.resolve(".index.json"), toJson());
    }

    String toJson() {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("index-version", 1);
        index.put("files", files);
        return GSON.toJson(index);
    }
}

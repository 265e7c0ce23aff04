package org.ephr.packaging;

import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code package.json} of a FHIR NPM package. */
record PackageManifest(String name, String version, String description, String type, Map<String, String> dependencies) {

    static final String FHIR_VERSION = "4.0.1";

    static PackageManifest of(String name, String version, String description) {
        return new PackageManifest(name, version, description, "Conformance", Map.of());
    }

    PackageManifest withType(String packageType) {
        return new PackageManifest(name, version, description, packageType, dependencies);
    }

    PackageManifest withDependencies(Map<String, String> packageDependencies) {
        return new PackageManifest(name, version, description, type, Map.copyOf(packageDependencies));
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("version", version);
        json.put("description", description);
        json.put("type", type);
        json.put("fhirVersions", new String[] {FHIR_VERSION});
        json.put("license", "CC0-1.0");
        json.put("dependencies", dependencies);
        return new GsonBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(json);
    }
}

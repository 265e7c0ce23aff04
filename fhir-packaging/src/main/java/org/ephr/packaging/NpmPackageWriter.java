package org.ephr.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.hl7.fhir.r4.model.Resource;

/**
 * Assembles a FHIR NPM package ({@code .tgz} with {@code package/package.json}, {@code package/.index.json}, one JSON
 * file per resource, examples under {@code package/example/}) that a FHIR server or the HL7 validator can load.
 *
 * <p>Usage: {@code NpmPackageWriter <output.tgz> <name> <version> <description> <resource folder>...
 * [--examples <folder>...]}. Entries are written in name order with a fixed time stamp, so the same input gives the
 * same bytes.
 */
public final class NpmPackageWriter {

    private NpmPackageWriter() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println(
                    "Usage: NpmPackageWriter <output.tgz> <name> <version> <description> <folder>... [--examples <folder>...]");
            System.exit(2);
        }
        List<Path> resourceFolders = new ArrayList<>();
        List<Path> exampleFolders = new ArrayList<>();
        List<Path> current = resourceFolders;
        for (int i = 4; i < args.length; i++) {
            if (args[i].equals("--examples")) {
                current = exampleFolders;
            } else {
                current.add(Path.of(args[i]));
            }
        }
        var manifest = PackageManifest.of(args[1], args[2], args[3])
                .withDependencies(Map.of(CorePackageBuilder.PACKAGE_ID, CorePackageBuilder.VERSION));
        int count = write(Path.of(args[0]), manifest, resourceFolders, exampleFolders);
        System.out.println("Wrote " + args[0] + " (" + count + " resources)");
    }

    static int write(Path output, PackageManifest manifest, List<Path> resourceFolders, List<Path> exampleFolders)
            throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        var index = new PackageIndex();
        var exampleIndex = new PackageIndex();
        addResources(resourceFolders, "package/", entries, index);
        addResources(exampleFolders, "package/example/", entries, exampleIndex);
        entries.put("package/package.json", manifest.toJson().getBytes(StandardCharsets.UTF_8));
        entries.put("package/.index.json", index.toJson().getBytes(StandardCharsets.UTF_8));
        if (exampleIndex.size() > 0) {
            entries.put("package/example/.index.json", exampleIndex.toJson().getBytes(StandardCharsets.UTF_8));
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(output);
                var gzip = new GzipCompressorOutputStream(file);
                var tar = new TarArchiveOutputStream(gzip)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (var entry : entries.entrySet()) {
                var tarEntry = new TarArchiveEntry(entry.getKey());
                tarEntry.setSize(entry.getValue().length);
                tarEntry.setModTime(0);
                tar.putArchiveEntry(tarEntry);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        }
        return index.size() + exampleIndex.size();
    }

    private static void addResources(List<Path> folders, String prefix, Map<String, byte[]> entries, PackageIndex index)
            throws IOException {
        for (Path folder : folders) {
            for (Path file : ConformanceFiles.jsonFiles(folder)) {
                Resource resource = ConformanceFiles.readResource(file);
                String name =
                        resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".json";
                if (entries.put(prefix + name, Files.readAllBytes(file)) != null) {
                    throw new IllegalArgumentException("Two resources would be stored as " + prefix + name);
                }
                index.add(name, resource);
            }
        }
    }
}

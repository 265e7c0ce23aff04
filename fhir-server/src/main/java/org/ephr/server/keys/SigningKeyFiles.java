package org.ephr.server.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.function.Supplier;
import org.ephr.export.Ed25519SigningKey;
import org.ephr.export.ReportSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a signing key comes from: the configured PEM file, or, when none is configured, a key generated once and
 * kept in a key directory. A generated key is a development convenience: it lives next to the data it protects, so
 * whoever can rewrite the database can likely read it too; every start says so.
 */
public final class SigningKeyFiles {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFiles.class);

    private SigningKeyFiles() {}

    /** A key pair as PEM: PKCS#8 private key and SubjectPublicKeyInfo public key. */
    public record KeyPairPem(String privateKeyPem, String publicKeyPem) {}

    /**
     * Where one key is kept.
     *
     * @param purpose what it signs, for the log ({@code "audit checkpoints"})
     * @param setting the property and environment variable that configure it, for the warning
     * @param configuredFile the configured PEM file; blank for a generated development key
     * @param directory where a generated key is kept
     * @param baseName file name of a generated key, without {@code .pem}
     */
    public record KeySource(String purpose, String setting, String configuredFile, Path directory, String baseName) {

        public Path generatedKeyFile() {
            return directory.resolve(baseName + ".pem");
        }

        public Path generatedPublicKeyFile() {
            return directory.resolve(baseName + ".pub.pem");
        }
    }

    /**
     * The private key's PEM: read from the configured file, or from the key directory, where a new Ed25519 key is
     * generated the first time.
     */
    public static String privateKeyPem(KeySource source) {
        if (!source.configuredFile().isBlank()) {
            log.info("{} are signed with the key in {}", source.purpose(), source.configuredFile());
            return read(Path.of(source.configuredFile()));
        }
        String pem = loadOrGenerate(source, () -> {
            Ed25519SigningKey generated = Ed25519SigningKey.generate(new SecureRandom());
            return new KeyPairPem(generated.privateKeyPem(), generated.publicKeyPem());
        });
        log.warn(
                "\n*****************************************************************************************\n"
                        + "* {} ARE SIGNED WITH A LOCAL DEVELOPMENT KEY: {}.\n"
                        + "* It sits beside the data it protects. Set {}\n"
                        + "* to a PKCS#8 Ed25519 key kept away from the database in any real deployment.\n"
                        + "*****************************************************************************************",
                source.purpose().toUpperCase(java.util.Locale.ROOT),
                source.generatedKeyFile().toAbsolutePath().normalize(),
                source.setting());
        return pem;
    }

    /** A detached-JWS signer (IHR reports, exchanged documents) with the key from {@code source}. */
    public static ReportSigner detachedJwsSigner(KeySource source) {
        return ReportSigner.fromPkcs8Pem(privateKeyPem(source));
    }

    /** Generates at most one key per directory and name, even when two servers start on it at once. */
    public static String loadOrGenerate(KeySource source, Supplier<KeyPairPem> generator) {
        Path keyFile = source.generatedKeyFile();
        if (Files.exists(keyFile)) {
            return read(keyFile);
        }
        KeyPairPem generated = generator.get();
        try {
            Files.createDirectories(source.directory());
            Path temporary = Files.createTempFile(source.directory(), source.baseName(), ".tmp");
            restrictToOwner(temporary);
            Files.writeString(temporary, generated.privateKeyPem(), StandardCharsets.US_ASCII);
            try {
                // A hard link appears complete and fails if the name is taken; a rename would replace it.
                Files.createLink(keyFile, temporary);
            } catch (FileAlreadyExistsException lostTheRace) {
                return read(keyFile);
            } finally {
                Files.deleteIfExists(temporary);
            }
            Files.writeString(source.generatedPublicKeyFile(), generated.publicKeyPem(), StandardCharsets.US_ASCII);
            return read(keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot create the key for " + source.purpose() + " in " + source.directory(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's access list.
        }
    }
}

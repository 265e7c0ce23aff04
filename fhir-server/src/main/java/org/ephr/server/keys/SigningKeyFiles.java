package org.ephr.server.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the checkpoint key comes from: the configured PEM file, or, when none is configured, a key generated once
 * and kept in the key directory. A generated key is a development convenience: it lives next to the data it
 * protects, so whoever can rewrite the database can likely read it too.
 */
final class SigningKeyFiles {

    static final String GENERATED_KEY_FILE = "audit-signing-key.pem";
    static final String GENERATED_PUBLIC_KEY_FILE = "audit-signing-key.pub.pem";

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFiles.class);

    private SigningKeyFiles() {}

    static CheckpointSigner load(AuditProperties properties) {
        if (!properties.signingKey().isBlank()) {
            CheckpointSigner signer = read(Path.of(properties.signingKey()));
            log.info("Audit checkpoints are signed with key {} from {}", signer.keyId(), properties.signingKey());
            return signer;
        }
        CheckpointSigner signer = loadOrGenerate(properties.keyDirectory());
        log.warn(
                "\n*****************************************************************************************\n"
                        + "* AUDIT SIGNING KEY IS A LOCAL DEVELOPMENT KEY: {} (key {}).\n"
                        + "* It sits beside the data it protects. Set ephr.audit.signing-key (EPHR_AUDIT_SIGNING_KEY)\n"
                        + "* to a PKCS#8 Ed25519 key kept away from the database in any real deployment.\n"
                        + "*****************************************************************************************",
                properties
                        .keyDirectory()
                        .resolve(GENERATED_KEY_FILE)
                        .toAbsolutePath()
                        .normalize(),
                signer.keyId());
        return signer;
    }

    static CheckpointSigner read(Path file) {
        try {
            return CheckpointSigner.fromPkcs8Pem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit signing key " + file, e);
        }
    }

    /** Generates at most one key per directory, even when two servers start on it at once. */
    static CheckpointSigner loadOrGenerate(Path directory) {
        Path keyFile = directory.resolve(GENERATED_KEY_FILE);
        if (Files.exists(keyFile)) {
            return read(keyFile);
        }
        CheckpointSigner generated = CheckpointSigner.generate(new SecureRandom());
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "audit-signing-key", ".tmp");
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
            Files.writeString(
                    directory.resolve(GENERATED_PUBLIC_KEY_FILE), generated.publicKeyPem(), StandardCharsets.US_ASCII);
            return read(keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the audit signing key in " + directory, e);
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

package org.ephr.server.audit;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Meta;

/**
 * The hashes of the audit chain. An event's hash covers its canonical form, which is also the text the trail
 * stores: compact FHIR JSON, with its logical id but without version, last updated and source, and with profiles,
 * security labels and tags sorted (events stored by HAPI before the trail had its own tables came back without
 * their order). A chain hash is {@code SHA-256(previous chain hash || event hash)}, starting from 32 zero bytes.
 */
final class AuditEventHasher {

    static final String GENESIS = "0".repeat(64);

    private static final Comparator<Coding> BY_SYSTEM_AND_CODE = Comparator.comparing(
                    (Coding coding) -> String.valueOf(coding.getSystem()))
            .thenComparing(coding -> String.valueOf(coding.getCode()));

    private final FhirContext fhirContext;

    AuditEventHasher(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    String canonicalForm(AuditEvent event) {
        return canonicalForm(event, event.getIdElement().getIdPart());
    }

    /** The canonical form of the event under the logical id {@code id}, whatever id it carries. */
    String canonicalForm(AuditEvent event, String id) {
        AuditEvent canonical = event.copy();
        canonical.setIdElement(new IdType(id));
        canonical.setMeta(canonicalMeta(event.getMeta()));
        return fhirContext.newJsonParser().setPrettyPrint(false).encodeResourceToString(canonical);
    }

    String eventHash(AuditEvent event) {
        return hash(canonicalForm(event));
    }

    /** The hash of an event's canonical form, as the trail stores it. */
    static String hash(String canonicalForm) {
        return hex(sha256(canonicalForm.getBytes(StandardCharsets.UTF_8)));
    }

    static String chainHash(String previousChainHash, String eventHash) {
        HexFormat hex = HexFormat.of();
        byte[] previous = hex.parseHex(previousChainHash);
        byte[] event = hex.parseHex(eventHash);
        byte[] joined = new byte[previous.length + event.length];
        System.arraycopy(previous, 0, joined, 0, previous.length);
        System.arraycopy(event, 0, joined, previous.length, event.length);
        return hex(sha256(joined));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static Meta canonicalMeta(Meta stored) {
        var meta = new Meta();
        stored.getProfile().stream().map(CanonicalType::getValue).sorted().forEach(meta::addProfile);
        sortedCodes(stored.getSecurity()).forEach(coding -> meta.addSecurity(codeOnly(coding)));
        sortedCodes(stored.getTag()).forEach(coding -> meta.addTag(codeOnly(coding)));
        return meta.isEmpty() ? null : meta;
    }

    /** Stored tags may gain or lose a display or version: only system and code identify them. */
    private static Coding codeOnly(Coding coding) {
        return new Coding(coding.getSystem(), coding.getCode(), null);
    }

    private static List<Coding> sortedCodes(List<Coding> codings) {
        return codings.stream().sorted(BY_SYSTEM_AND_CODE).toList();
    }
}

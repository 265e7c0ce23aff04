package org.ephr.server.summary.print;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A FHIR document (a {@code Bundle} of type document whose first entry is its {@code Composition}) with its
 * references resolved inside the bundle, as FHIR documents require; no other generator convention is assumed.
 */
final class SummaryDocument {

    private final Bundle bundle;
    private final Composition composition;
    private final Map<String, Resource> resources = new HashMap<>();

    private SummaryDocument(Bundle bundle, Composition composition) {
        this.bundle = bundle;
        this.composition = composition;
        for (var entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            if (entry.hasFullUrl()) {
                resources.putIfAbsent(entry.getFullUrl(), resource);
                localKey(entry.getFullUrl()).ifPresent(key -> resources.putIfAbsent(key, resource));
            }
            if (resource.getIdElement().hasIdPart()) {
                resources.putIfAbsent(
                        resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
            }
        }
    }

    static SummaryDocument of(Bundle bundle) {
        if (bundle == null || bundle.getType() != Bundle.BundleType.DOCUMENT) {
            throw new IllegalArgumentException("Not a FHIR document: the Bundle's type must be 'document'");
        }
        if (bundle.getEntry().isEmpty()
                || !(bundle.getEntryFirstRep().getResource() instanceof Composition composition)) {
            throw new IllegalArgumentException("Not a FHIR document: its first entry must be a Composition");
        }
        return new SummaryDocument(bundle, composition);
    }

    Bundle bundle() {
        return bundle;
    }

    Composition composition() {
        return composition;
    }

    /** The Composition's subject, or else the document's only Patient. */
    Optional<Patient> patient() {
        Optional<Patient> subject = resolve(composition.getSubject())
                .filter(Patient.class::isInstance)
                .map(Patient.class::cast);
        if (subject.isPresent()) {
            return subject;
        }
        var patients = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance)
                .map(Patient.class::cast)
                .toList();
        return patients.size() == 1 ? Optional.of(patients.get(0)) : Optional.empty();
    }

    /** The resource a reference points to, when the document holds it. */
    Optional<Resource> resolve(Reference reference) {
        if (reference == null || reference.isEmpty()) {
            return Optional.empty();
        }
        if (reference.getResource() instanceof Resource resource) {
            return Optional.of(resource);
        }
        if (!reference.hasReference()) {
            return Optional.empty();
        }
        String target = reference.getReference();
        Resource found = resources.get(target);
        if (found == null) {
            found = localKey(target).map(resources::get).orElse(null);
        }
        return Optional.ofNullable(found);
    }

    /** "Type/id" of a relative or absolute RESTful URL ({@code http://x/fhir/Patient/1/_history/2}: Patient/1). */
    private static Optional<String> localKey(String url) {
        if (url.startsWith("urn:") || url.startsWith("#")) {
            return Optional.empty();
        }
        IdType id = new IdType(url);
        return id.hasResourceType() && id.hasIdPart()
                ? Optional.of(id.getResourceType() + "/" + id.getIdPart())
                : Optional.empty();
    }
}

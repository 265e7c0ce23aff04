package org.ephr.server.consent;

import ca.uhn.fhir.util.FhirTerser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;

/**
 * The resource objects one request's consent decisions let through, by identity: the very objects a response then
 * carries, not their ids (a response may hold another version of a resource seen before).
 */
final class JudgedResources {

    private final Set<IBaseResource> judged = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<IBaseResource> inOrder = new ArrayList<>();

    /** Ids of, and references from, the first {@code linksIndexed} resources let through; built when first asked. */
    private final Set<String> judgedIds = new HashSet<>();

    private final Set<String> referencedByJudged = new HashSet<>();
    private int linksIndexed;
    private boolean anyLeftOut;

    void add(IBaseResource resource) {
        if (judged.add(resource)) {
            inOrder.add(resource);
        }
    }

    void leftOut() {
        anyLeftOut = true;
    }

    /** Whether consent has left any resource out of this request's response so far. */
    boolean anyLeftOut() {
        return anyLeftOut;
    }

    /**
     * Whether every resource in the bundle was let through here and holds no resource of its own (no contained
     * resources, no nested bundle), so that nothing in it is left to judge. An empty bundle holds nothing to judge.
     */
    boolean coversEntriesOf(Bundle bundle) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            IBaseResource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            if (!judged.contains(resource)
                    || !(resource instanceof DomainResource domainResource)
                    || domainResource.hasContained()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a resource refers to one let through here, or one let through here refers to it. */
    boolean linkedToJudged(IBaseResource resource, FhirTerser terser) {
        for (; linksIndexed < inOrder.size(); linksIndexed++) {
            IBaseResource shown = inOrder.get(linksIndexed);
            judgedIds.add(key(shown.getIdElement()));
            referencesOf(shown, terser).forEach(referencedByJudged::add);
        }
        if (referencedByJudged.contains(key(resource.getIdElement()))) {
            return true;
        }
        return referencesOf(resource, terser).stream().anyMatch(judgedIds::contains);
    }

    private static List<String> referencesOf(IBaseResource resource, FhirTerser terser) {
        return terser.getAllResourceReferences(resource).stream()
                .map(reference -> reference.getResourceReference().getReferenceElement())
                .filter(id -> id.hasResourceType() && id.hasIdPart())
                .map(JudgedResources::key)
                .toList();
    }

    /** {@code Type/id}, whatever base or version the id or reference carries. */
    private static String key(IIdType id) {
        return id.getResourceType() + "/" + id.getIdPart();
    }
}

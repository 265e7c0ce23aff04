package org.ephr.server.consent;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;

/**
 * The resource objects one request's consent decisions let through, by identity: the very objects a response then
 * carries, not their ids (a response may hold another version of a resource seen before).
 */
final class JudgedResources {

    private final Set<IBaseResource> judged = Collections.newSetFromMap(new IdentityHashMap<>());

    void add(IBaseResource resource) {
        judged.add(resource);
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
}

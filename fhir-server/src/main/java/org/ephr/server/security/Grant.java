package org.ephr.server.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Permission on one resource type (or {@code *}), optionally only inside one patient's compartment.
 *
 * @param patientCompartment a Patient logical id, or null for any patient
 */
record Grant(String resourceType, Set<Permission> permissions, String patientCompartment) {

    Grant {
        permissions = Set.copyOf(permissions);
    }

    /** What both a role and a scope allow: the narrower type, the common permissions, the narrower compartment. */
    Optional<Grant> intersect(Grant other) {
        String type;
        if (resourceType.equals("*")) {
            type = other.resourceType;
        } else if (other.resourceType.equals("*") || other.resourceType.equals(resourceType)) {
            type = resourceType;
        } else {
            return Optional.empty();
        }
        Set<Permission> common = permissions.isEmpty() ? Set.of() : EnumSet.copyOf(permissions);
        common.retainAll(other.permissions);
        if (common.isEmpty()) {
            return Optional.empty();
        }
        if (patientCompartment != null
                && other.patientCompartment != null
                && !patientCompartment.equals(other.patientCompartment)) {
            return Optional.empty();
        }
        String compartment = patientCompartment != null ? patientCompartment : other.patientCompartment;
        return Optional.of(new Grant(type, common, compartment));
    }
}

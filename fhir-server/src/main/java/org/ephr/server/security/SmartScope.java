package org.ephr.server.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A SMART App Launch resource scope, {@code patient/Observation.rs} (v2) or {@code user/*.read} (v1). Scopes with a
 * query ({@code ?category=...}) are not understood and grant nothing, so they can never widen access.
 *
 * @param context {@code patient}, {@code user} or {@code system}
 * @param resourceType a FHIR resource type, or {@code *} for every type
 */
record SmartScope(String context, String resourceType, Set<Permission> permissions) {

    private static final Pattern SYNTAX = Pattern.compile("(patient|user|system)/([A-Za-z]+|\\*)\\.([a-z*]+)");

    SmartScope {
        permissions = Set.copyOf(permissions);
    }

    static Optional<SmartScope> parse(String scope) {
        var matcher = SYNTAX.matcher(scope);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SmartScope(matcher.group(1), matcher.group(2), permissions(matcher.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<Permission> permissions(String text) {
        return switch (text) {
            case "read" -> Permission.READ_SEARCH;
            case "write" -> EnumSet.of(Permission.CREATE, Permission.UPDATE, Permission.DELETE);
            case "*" -> Permission.ALL;
            default -> Permission.parseLetters(text);
        };
    }

    boolean coversType(String type) {
        return resourceType.equals("*") || resourceType.equals(type);
    }

    boolean isPatientContext() {
        return context.equals("patient");
    }
}

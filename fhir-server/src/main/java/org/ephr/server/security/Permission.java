package org.ephr.server.security;

import java.util.EnumSet;
import java.util.Set;

/** SMART App Launch v2's interaction letters: create, read, update, delete, search. */
enum Permission {
    CREATE('c'),
    READ('r'),
    UPDATE('u'),
    DELETE('d'),
    SEARCH('s');

    private final char letter;

    Permission(char letter) {
        this.letter = letter;
    }

    static final Set<Permission> ALL = EnumSet.allOf(Permission.class);
    static final Set<Permission> READ_SEARCH = EnumSet.of(READ, SEARCH);

    /** {@code "cruds"}-style letters, in SMART's required order; anything else is not a v2 permission string. */
    static Set<Permission> parseLetters(String letters) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        int position = 0;
        for (Permission permission : values()) {
            if (position < letters.length() && letters.charAt(position) == permission.letter) {
                permissions.add(permission);
                position++;
            }
        }
        if (position != letters.length() || permissions.isEmpty()) {
            throw new IllegalArgumentException("Not SMART v2 permissions: " + letters);
        }
        return permissions;
    }
}

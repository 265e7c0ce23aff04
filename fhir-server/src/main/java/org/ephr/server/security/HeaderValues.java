package org.ephr.server.security;

import java.util.function.Predicate;

/**
 * The header values Spring Security's firewall lets through: assigned, non-control characters only, as its default
 * pattern says, but checked without a regular expression. The firewall checks the bearer token (a kilobyte or two)
 * on every read of the header, and the pattern cost a per cent of a small read's time.
 */
final class HeaderValues implements Predicate<String> {

    @Override
    public boolean test(String value) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            boolean printableAscii = codePoint >= 0x20 && codePoint < 0x7f;
            if (!printableAscii && (!Character.isDefined(codePoint) || Character.isISOControl(codePoint))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}

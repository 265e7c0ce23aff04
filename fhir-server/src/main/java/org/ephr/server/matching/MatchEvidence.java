package org.ephr.server.matching;

import java.util.Locale;

/**
 * One feature's contribution to a match, worded for the clinician who reviews the proposal.
 *
 * @param weight points added to (or, when negative, taken from) the score
 * @param explanation what agreed or disagreed, with the values compared
 */
record MatchEvidence(Feature feature, double weight, String explanation) {

    enum Feature {
        IDENTIFIER,
        FAMILY_NAME,
        GIVEN_NAME,
        NAME_ORDER,
        BIRTH_DATE,
        SEX,
        NATIONALITY
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%+.1f %s", weight, explanation);
    }
}

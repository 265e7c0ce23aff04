package org.ephr.server.matching;

/** How sure the matcher is that two records are one person, weakest first. Nothing is ever merged automatically. */
enum MatchGrade {
    /** Too little agreement, or a contradiction: not proposed. */
    NO_MATCH,
    /** Worth a look by someone who can ask the person. */
    POSSIBLE,
    /** Most likely one person: proposed for review. */
    PROBABLE,
    /** A shared document number (passport, national id, e-PHR number) and nothing that contradicts it. */
    CERTAIN;

    boolean isAtLeast(MatchGrade other) {
        return compareTo(other) >= 0;
    }
}

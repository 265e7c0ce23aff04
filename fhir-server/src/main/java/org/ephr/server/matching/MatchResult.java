package org.ephr.server.matching;

import java.util.List;

/**
 * The verdict on a pair of records: the grade to show, the score it came from, and the evidence behind it (in the
 * order identifiers, names, birth date, sex, nationality).
 */
record MatchResult(MatchGrade grade, double score, List<MatchEvidence> evidence) {

    MatchResult {
        evidence = List.copyOf(evidence);
    }

    /** The evidence as lines for the reviewer: {@code +3.5 family name: spelling variant (Al-Hassan / Alhasan)}. */
    List<String> reasons() {
        return evidence.stream().map(MatchEvidence::toString).toList();
    }
}

package org.ephr.server.consent;

import java.util.Set;

/**
 * Whether a caller may see one patient's record, and on what ground.
 *
 * @param purposeOfUse the v3 ActReason the access is made under: TREAT, or ETREAT for break-glass
 * @param withheldClasses classes of data the patient's consent withholds from this caller (v3 ActCode)
 * @param ground why: custodian, jurisdiction, consent, no-consent default, break-glass, or the reason for refusal
 */
record AccessDecision(boolean permitted, String purposeOfUse, Set<String> withheldClasses, String ground) {

    static AccessDecision permit(String purposeOfUse, Set<String> withheldClasses, String ground) {
        return new AccessDecision(true, purposeOfUse, Set.copyOf(withheldClasses), ground);
    }

    static AccessDecision deny(String ground) {
        return new AccessDecision(false, null, Set.of(), ground);
    }

    /** Permitted, with nothing withheld: every resource of the record may be shown. */
    boolean seesWholeRecord() {
        return permitted && withheldClasses.isEmpty();
    }

    boolean withholds(Set<String> classes) {
        return classes.stream().anyMatch(withheldClasses::contains);
    }
}

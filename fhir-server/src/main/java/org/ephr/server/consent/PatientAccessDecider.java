package org.ephr.server.consent;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.ephr.server.security.Caller;

/**
 * Decides whether a clinician or national system may see a patient's record:
 * <ol>
 *   <li>the custodian site always may; a national system may for records held in its country;
 *   <li>otherwise the patient's active privacy consents decide, for purpose of use treatment (a denial wins);
 *   <li>a patient with no active consent falls to the configured default;
 *   <li>failing that, a clinician's own unexpired break-glass grant permits, for emergency treatment.
 * </ol>
 * Classes of data a consent withholds stay withheld, also under break-glass.
 */
class PatientAccessDecider {

    static final String TREATMENT = "TREAT";
    static final String EMERGENCY_TREATMENT = "ETREAT";
    static final String NO_SUCH_PATIENT = "no such patient";

    private final ConsentProperties properties;
    private final Clock clock;

    PatientAccessDecider(ConsentProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    AccessDecision decide(Caller caller, PatientRecordFacts facts) {
        if (!facts.exists()) {
            return AccessDecision.deny(NO_SUCH_PATIENT);
        }
        if (facts.custodian() != null && facts.custodian().equals(caller.organization())) {
            return AccessDecision.permit(TREATMENT, Set.of(), "custodian");
        }
        if (caller.hasRole("ehr-system")
                && facts.custodianCountry() != null
                && facts.custodianCountry().equalsIgnoreCase(String.valueOf(caller.country()))) {
            return AccessDecision.permit(TREATMENT, Set.of(), "jurisdiction");
        }
        var now = clock.instant();
        Set<String> withheld = new HashSet<>();
        boolean permitted;
        String ground;
        if (facts.patientConsents().isEmpty()) {
            permitted = properties.withoutConsent() == ConsentProperties.WithoutConsent.TREATMENT_ANYWHERE;
            ground = "no consent on file: "
                    + properties.withoutConsent().name().toLowerCase().replace('_', '-');
        } else {
            boolean anyPermit = false;
            boolean anyDeny = false;
            for (ConsentDirective directive : facts.patientConsents()) {
                var evaluation = directive.evaluate(caller, TREATMENT, now);
                anyPermit |= evaluation.outcome() == ConsentDirective.Outcome.PERMIT;
                anyDeny |= evaluation.outcome() == ConsentDirective.Outcome.DENY;
                withheld.addAll(evaluation.withheldClasses());
            }
            permitted = anyPermit && !anyDeny;
            ground = permitted ? "consent" : "not permitted by the patient's consent";
        }
        if (permitted) {
            return AccessDecision.permit(TREATMENT, withheld, ground);
        }
        if (caller.hasRole("clinician") && hasBreakGlassGrant(caller, facts, now)) {
            return AccessDecision.permit(EMERGENCY_TREATMENT, withheld, "break-glass");
        }
        return AccessDecision.deny(ground);
    }

    private static boolean hasBreakGlassGrant(Caller caller, PatientRecordFacts facts, java.time.Instant now) {
        return facts.breakGlassGrants().stream()
                .anyMatch(grant ->
                        grant.evaluate(caller, EMERGENCY_TREATMENT, now).outcome() == ConsentDirective.Outcome.PERMIT);
    }
}

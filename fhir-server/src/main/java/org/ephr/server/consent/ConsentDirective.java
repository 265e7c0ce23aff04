package org.ephr.server.consent;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ephr.server.security.Caller;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * One active privacy consent of a patient, read for evaluation. The base provision states the default of this
 * consent; nested provisions are exceptions to it: by actor (an Organization, a whole country as
 * {@code identifier: urn:iso:std:iso:3166|XX}, or a user), by purpose of use, by period, and by class of data
 * (security labels). Among applicable exceptions a denial beats a permit.
 *
 * @param breakGlass a server-made emergency grant to one user, not the patient's own statement
 */
record ConsentDirective(String id, boolean breakGlass, Provision base) {

    static final String COUNTRY_SYSTEM = "urn:iso:std:iso:3166";
    static final String USER_SYSTEM = "https://fhir.migrant-ephr.org/sid/user";
    static final String BREAK_GLASS_POLICY = "EMRGONLY";

    enum Outcome {
        PERMIT,
        DENY,
        NOT_APPLICABLE
    }

    static ConsentDirective of(Consent consent) {
        boolean breakGlass = consent.getPolicyRule().getCoding().stream()
                .anyMatch(coding -> BREAK_GLASS_POLICY.equals(coding.getCode()));
        var provision = consent.getProvision();
        // A Consent without a provision type permits (the FHIR default reading of an opt-in).
        return new ConsentDirective(consent.getIdElement().getIdPart(), breakGlass, Provision.of(provision, true));
    }

    /** What this consent says for the caller's request: the record-level outcome, and the classes it withholds. */
    Evaluation evaluate(Caller caller, String purpose, Instant now) {
        Outcome outcome = base.appliesTo(caller, purpose, now)
                ? (base.permit ? Outcome.PERMIT : Outcome.DENY)
                : Outcome.NOT_APPLICABLE;
        boolean nestedPermit = false;
        boolean nestedDeny = false;
        Set<String> withheld = new HashSet<>();
        for (Provision exception : base.nested) {
            if (!exception.appliesTo(caller, purpose, now)) {
                continue;
            }
            if (!exception.securityLabels.isEmpty()) {
                if (!exception.permit) {
                    withheld.addAll(exception.securityLabels);
                }
            } else if (exception.permit) {
                nestedPermit = true;
            } else {
                nestedDeny = true;
            }
        }
        if (nestedDeny) {
            outcome = Outcome.DENY;
        } else if (nestedPermit) {
            outcome = Outcome.PERMIT;
        }
        return new Evaluation(outcome, Set.copyOf(withheld));
    }

    record Evaluation(Outcome outcome, Set<String> withheldClasses) {}

    record Provision(
            boolean permit,
            List<Reference> actors,
            Set<String> purposes,
            Instant start,
            Instant end,
            Set<String> securityLabels,
            List<Provision> nested) {

        static Provision of(Consent.ProvisionComponent provision, boolean defaultPermit) {
            boolean permit =
                    provision.hasType() ? provision.getType() == Consent.ConsentProvisionType.PERMIT : defaultPermit;
            Period period = provision.getPeriod();
            return new Provision(
                    permit,
                    provision.getActor().stream()
                            .map(Consent.provisionActorComponent::getReference)
                            .toList(),
                    provision.getPurpose().stream().map(Coding::getCode).collect(Collectors.toUnmodifiableSet()),
                    period.hasStart() ? period.getStart().toInstant() : null,
                    period.hasEnd() ? period.getEnd().toInstant() : null,
                    provision.getSecurityLabel().stream()
                            .map(Coding::getCode)
                            .map(DataClasses::normalise)
                            .collect(Collectors.toUnmodifiableSet()),
                    // A nested provision without a type is taken as the opposite of its parent: an exception.
                    provision.getProvision().stream()
                            .map(nested -> Provision.of(nested, !permit))
                            .toList());
        }

        boolean appliesTo(Caller caller, String purpose, Instant now) {
            return (start == null || !now.isBefore(start))
                    && (end == null || now.isBefore(end))
                    && (purposes.isEmpty() || purposes.contains(purpose))
                    && (actors.isEmpty() || actors.stream().anyMatch(actor -> matches(actor, caller)));
        }

        private static boolean matches(Reference actor, Caller caller) {
            if (actor.hasReference()) {
                var id = actor.getReferenceElement();
                return "Organization".equals(id.getResourceType())
                        && id.getIdPart().equals(caller.organization());
            }
            if (actor.hasIdentifier()) {
                var identifier = actor.getIdentifier();
                return switch (String.valueOf(identifier.getSystem())) {
                    case COUNTRY_SYSTEM -> identifier.getValue().equalsIgnoreCase(String.valueOf(caller.country()));
                    case USER_SYSTEM -> identifier.getValue().equals(caller.subject());
                    default -> false;
                };
            }
            return false;
        }
    }
}

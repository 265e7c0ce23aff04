package org.ephr.server.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a caller may do, before consent: each of its roles gives grants, and the token's SMART scopes narrow them
 * (an app gets no more than its user, and no more than it asked for). A caller without a known role, or whose
 * scopes cover nothing, gets nothing.
 */
final class AccessPolicy {

    static final String CLINICIAN = "clinician";
    static final String EHR_SYSTEM = "ehr-system";
    static final String PUBLIC_HEALTH_OFFICER = "public-health-officer";
    static final String PATIENT = "patient";
    static final String ADMIN = "admin";

    private static final Set<String> ROLES = Set.of(CLINICIAN, EHR_SYSTEM, PUBLIC_HEALTH_OFFICER, PATIENT, ADMIN);

    private AccessPolicy() {}

    /** The caller's grants on resources; conformance resources and terminology are granted separately. */
    static Access accessFor(Caller caller) {
        List<Grant> scopeGrants = scopeGrants(caller);
        List<Grant> grants = new ArrayList<>();
        Set<String> operations = new HashSet<>();
        for (String role : caller.roles()) {
            for (Grant roleGrant : roleGrants(role, caller)) {
                for (Grant scopeGrant : scopeGrants) {
                    roleGrant.intersect(scopeGrant).ifPresent(grants::add);
                }
            }
            operations.addAll(roleOperations(role));
        }
        boolean known = caller.roles().stream().anyMatch(AccessPolicy::isKnownRole);
        return new Access(List.copyOf(grants), Set.copyOf(operations), known);
    }

    private static boolean isKnownRole(String role) {
        return ROLES.contains(role);
    }

    private static List<Grant> roleGrants(String role, Caller caller) {
        List<Grant> grants = new ArrayList<>();
        switch (role) {
            case CLINICIAN, EHR_SYSTEM -> {
                // Which patients' records: decided per patient by consent.
                ResourceClasses.CLINICAL.forEach(type -> grants.add(new Grant(type, Permission.ALL, null)));
                ResourceClasses.DIRECTORY.forEach(type -> grants.add(new Grant(type, Permission.READ_SEARCH, null)));
                if (role.equals(EHR_SYSTEM)) {
                    // The files of its own bulk exports (ExportedFileAccess refuses anyone else's).
                    grants.add(new Grant("Binary", Set.of(Permission.READ), null));
                }
            }
            case PATIENT -> {
                if (caller.patient() != null) {
                    String self = caller.patient();
                    ResourceClasses.CLINICAL.forEach(type -> grants.add(new Grant(type, Permission.READ_SEARCH, self)));
                    // Patients give and withdraw their own consent, and read who accessed their record.
                    grants.add(new Grant("Consent", Permission.ALL, self));
                    grants.add(new Grant("AuditEvent", Permission.READ_SEARCH, self));
                    ResourceClasses.DIRECTORY.forEach(
                            type -> grants.add(new Grant(type, Permission.READ_SEARCH, null)));
                }
            }
            case ADMIN -> {
                ResourceClasses.DIRECTORY.forEach(type -> grants.add(new Grant(type, Permission.ALL, null)));
                grants.add(new Grant("AuditEvent", Permission.READ_SEARCH, null));
            }
            default -> {
                // public-health-officer: aggregated reports only (operations), never a record.
            }
        }
        return grants;
    }

    private static Set<String> roleOperations(String role) {
        return switch (role) {
            case CLINICIAN -> Set.of("$everything", "$summary", "$printable-summary", "$match", "$break-glass");
            case EHR_SYSTEM ->
                Set.of(
                        "$everything",
                        "$summary",
                        "$printable-summary",
                        "$match",
                        "$export",
                        "$export-poll-status",
                        "$load-ndjson");
            case PATIENT -> Set.of("$everything", "$summary", "$printable-summary", "$access-log");
            case ADMIN ->
                Set.of(
                        "$verify-audit-chain",
                        "$audit-checkpoint",
                        "$access-log",
                        "$ihr-report",
                        "$ihr-report-status",
                        "$verify-ihr-report");
            case PUBLIC_HEALTH_OFFICER -> Set.of("$ihr-report", "$ihr-report-status", "$verify-ihr-report");
            default -> Set.of();
        };
    }

    /**
     * The record types the caller may read in bulk: those it may read for any patient (consent then decides which
     * patients). Exported files themselves are never exported.
     */
    static Set<String> bulkReadableTypes(Access access) {
        Set<String> types = new TreeSet<>();
        for (Grant grant : access.grants()) {
            if (grant.patientCompartment() == null
                    && grant.permissions().contains(Permission.READ)
                    && !grant.resourceType().equals("*")
                    && !grant.resourceType().equals("Binary")) {
                types.add(grant.resourceType());
            }
        }
        return types;
    }

    private static List<Grant> scopeGrants(Caller caller) {
        List<Grant> grants = new ArrayList<>();
        for (String text : caller.scopes()) {
            SmartScope.parse(text).ifPresent(scope -> {
                if (scope.isPatientContext()) {
                    // patient/ scopes are about the patient in context; without one they cover nothing.
                    if (caller.patient() != null) {
                        grants.add(new Grant(scope.resourceType(), scope.permissions(), caller.patient()));
                    }
                } else {
                    grants.add(new Grant(scope.resourceType(), scope.permissions(), null));
                }
            });
        }
        return grants;
    }

    /**
     * @param grants what the caller may do, per resource type
     * @param operations the record operations its roles allow ({@code $everything} still needs read grants)
     * @param knownRole whether the caller holds any e-PHR role at all
     */
    record Access(List<Grant> grants, Set<String> operations, boolean knownRole) {}
}

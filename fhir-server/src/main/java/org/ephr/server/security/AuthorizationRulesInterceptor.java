package org.ephr.server.security;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilder;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderAppliesTo;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderOperationNamed;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderOperationNamedAndScoped;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderRuleConditional;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderRuleOpClassifier;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderRuleOpClassifierFinished;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import ca.uhn.fhir.rest.server.interceptor.auth.RuleBuilder;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/**
 * Turns the caller's roles and SMART scopes ({@link AccessPolicy}) into HAPI authorization rules, evaluated on every
 * request, including each entry of a transaction and every resource a response would return. Anything not
 * granted is refused with 403; which patients a clinician or national system sees is consent's decision.
 */
class AuthorizationRulesInterceptor extends AuthorizationInterceptor {

    private static final String RULES = AuthorizationRulesInterceptor.class.getName() + ".rules";

    AuthorizationRulesInterceptor() {
        super(PolicyEnum.DENY);
    }

    /**
     * The caller's rules, built once per request: HAPI asks for them when the request arrives and again for every
     * resource a response would carry, and they depend only on who the caller is.
     */
    @Override
    public List<IAuthRule> buildRuleList(RequestDetails request) {
        @SuppressWarnings("unchecked")
        var built = (List<IAuthRule>) request.getUserData().get(RULES);
        if (built == null) {
            built = rulesForCaller();
            request.getUserData().put(RULES, built);
        }
        return built;
    }

    private static List<IAuthRule> rulesForCaller() {
        var rules = new RuleBuilder();
        rules.allow("CapabilityStatement is public").metadata().andThen();
        Caller.current().ifPresent(caller -> addCallerRules(rules, AccessPolicy.accessFor(caller)));
        return rules.denyAll("No rule permits this request for the caller's roles and scopes")
                .build();
    }

    private static void addCallerRules(IAuthRuleBuilder rules, AccessPolicy.Access access) {
        if (!access.knownRole()) {
            return;
        }
        allowConformanceContent(rules);
        boolean writes = false;
        for (Grant grant : access.grants()) {
            writes |= addGrantRules(rules, grant);
        }
        if (writes) {
            rules.allow("Transactions and batches, entry by entry")
                    .transaction()
                    .withAnyOperation()
                    .andApplyNormalRules()
                    .andThen();
        }
        addOperationRules(rules, access);
    }

    private static void allowConformanceContent(IAuthRuleBuilder rules) {
        for (String type : ResourceClasses.CONFORMANCE) {
            rules.allow("Profiles and terminology")
                    .read()
                    .resourcesOfType(type)
                    .withAnyId()
                    .andThen();
        }
        for (String operation : ResourceClasses.KNOWLEDGE_OPERATIONS) {
            rules.allow("Terminology and validation")
                    .operation()
                    .named(operation)
                    .atAnyLevel()
                    .andRequireExplicitResponseAuthorization()
                    .andThen();
        }
    }

    /** Adds the HAPI rules for one grant; says whether any of them writes. */
    private static boolean addGrantRules(IAuthRuleBuilder rules, Grant grant) {
        Set<Permission> permissions = grant.permissions();
        String name = grant.resourceType() + " " + permissions;
        if (permissions.contains(Permission.READ) || permissions.contains(Permission.SEARCH)) {
            scoped(grant, applyTo(grant, rules.allow(name).read())).andThen();
        }
        if (permissions.contains(Permission.UPDATE)) {
            // HAPI's write covers create and update alike.
            scoped(grant, applyTo(grant, rules.allow(name).write())).andThen();
            conditional(grant, rules.allow(name).updateConditional());
        }
        if (permissions.contains(Permission.CREATE)) {
            scoped(grant, applyTo(grant, rules.allow(name).create())).andThen();
            conditional(grant, rules.allow(name).createConditional());
        }
        if (permissions.contains(Permission.DELETE)) {
            scoped(grant, applyTo(grant, rules.allow(name).delete())).andThen();
        }
        return permissions.contains(Permission.CREATE)
                || permissions.contains(Permission.UPDATE)
                || permissions.contains(Permission.DELETE);
    }

    private static <T> T applyTo(Grant grant, IAuthRuleBuilderAppliesTo<T> builder) {
        return grant.resourceType().equals("*")
                ? builder.allResources()
                : builder.resourcesOfType(grant.resourceType());
    }

    private static IAuthRuleBuilderRuleOpClassifierFinished scoped(
            Grant grant, IAuthRuleBuilderRuleOpClassifier classifier) {
        return grant.patientCompartment() == null
                ? classifier.withAnyId()
                : classifier.inCompartment("Patient", new IdType("Patient", grant.patientCompartment()));
    }

    private static void conditional(Grant grant, IAuthRuleBuilderRuleConditional builder) {
        // Conditional writes by patients are not offered: their compartment cannot be checked before the search.
        if (grant.patientCompartment() == null) {
            applyTo(grant, builder).andThen();
        }
    }

    private static void addOperationRules(IAuthRuleBuilder rules, AccessPolicy.Access access) {
        for (String operation : access.operations()) {
            var named = rules.allow(operation).operation().named(operation);
            switch (operation) {
                case "$everything" ->
                    patientInstances(access, named)
                            .andRequireExplicitResponseAuthorization()
                            .andThen();
                case "$summary" -> {
                    patientInstances(access, named)
                            .andRequireExplicitResponseAuthorization()
                            .andThen();
                    // Patient/$summary?identifier=...: which patient is known only from the answer, checked entry
                    // by entry (and by consent).
                    rules.allow(operation)
                            .operation()
                            .named(operation)
                            .onType(Patient.class)
                            .andRequireExplicitResponseAuthorization()
                            .andThen();
                }
                // The printed summary is the IPS of the one patient named: the instance is the check (consent inside).
                case "$printable-summary" ->
                    patientInstances(access, named).andAllowAllResponses().andThen();
                // Candidates come from the caller's own searches (consent applies); the answer lists them.
                case "$match" ->
                    named.onType(Patient.class)
                            .andRequireExplicitResponseAuthorization()
                            .andThen();
                case "$break-glass" ->
                    named.onInstancesOfType(Patient.class)
                            .andAllowAllResponses()
                            .andThen();
                // Bulk Data export: the kick-off at every level, then HAPI's bulk export rule checks the job's types
                // against what the caller may read; which patients go into the files is consent's decision, inside
                // the job (BulkExportAccess, BulkExportConsent).
                case "$export" -> {
                    // First: at kick-off HAPI asks the rules again (pointcut STORAGE_INITIATE_BULK_EXPORT), and the
                    // operation rules below would allow any types there before this one is reached.
                    rules.allow("Bulk export of the record types the caller may read")
                            .bulkExport()
                            .any()
                            .withResourceTypes(AccessPolicy.bulkReadableTypes(access))
                            .andThen();
                    named.onServer().andAllowAllResponses().andThen();
                    for (var level : List.of(Patient.class, Group.class)) {
                        rules.allow(operation)
                                .operation()
                                .named(operation)
                                .onInstancesOfType(level)
                                .andAllowAllResponses()
                                .andThen();
                    }
                    rules.allow(operation)
                            .operation()
                            .named(operation)
                            .onType(Patient.class)
                            .andAllowAllResponses()
                            .andThen();
                }
                // The answer is AuditEvents, outside the compartment as HAPI sees it: the instance is the check.
                case "$access-log" ->
                    patientInstances(access, named).andAllowAllResponses().andThen();
                default -> named.onServer().andAllowAllResponses().andThen();
            }
        }
    }

    /** A patient's own record for a patient; any patient otherwise (then consent, for clinicians). */
    private static IAuthRuleBuilderOperationNamedAndScoped patientInstances(
            AccessPolicy.Access access, IAuthRuleBuilderOperationNamed named) {
        var compartments = access.grants().stream()
                .filter(grant -> grant.resourceType().equals("Patient") && grant.patientCompartment() != null)
                .map(grant -> (IIdType) new IdType("Patient", grant.patientCompartment()))
                .distinct()
                .toList();
        boolean anyPatient = access.grants().stream()
                .anyMatch(grant -> grant.resourceType().equals("Patient") && grant.patientCompartment() == null);
        return anyPatient || compartments.isEmpty()
                ? named.onInstancesOfType(Patient.class)
                : named.onInstances(compartments);
    }
}

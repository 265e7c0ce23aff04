package org.ephr.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    @Test
    void clinicianWithReadOnlyScopeThenCannotWrite() {
        var access = AccessPolicy.accessFor(caller(Set.of("clinician"), Set.of("user/*.rs"), null));

        assertThat(access.grants())
                .filteredOn(grant -> grant.resourceType().equals("Observation"))
                .singleElement()
                .satisfies(grant ->
                        assertThat(grant.permissions()).containsExactlyInAnyOrder(Permission.READ, Permission.SEARCH));
    }

    @Test
    void clinicianWithTypeScopeThenOnlyThatType() {
        var access = AccessPolicy.accessFor(caller(Set.of("clinician"), Set.of("user/Immunization.cruds"), null));

        assertThat(access.grants()).extracting(Grant::resourceType).containsExactly("Immunization");
    }

    @Test
    void patientWhateverTheScopeThenOnlyOwnCompartmentAndNoClinicalWrites() {
        var access = AccessPolicy.accessFor(caller(Set.of("patient"), Set.of("user/*.cruds"), "p1"));

        assertThat(access.grants())
                .filteredOn(grant -> ResourceClasses.CLINICAL.contains(grant.resourceType()))
                .allSatisfy(grant -> assertThat(grant.patientCompartment()).isEqualTo("p1"));
        assertThat(access.grants())
                .filteredOn(grant -> grant.resourceType().equals("Observation"))
                .singleElement()
                .satisfies(grant -> assertThat(grant.permissions()).doesNotContain(Permission.CREATE));
        assertThat(access.grants())
                .filteredOn(grant -> grant.resourceType().equals("Consent"))
                .anySatisfy(grant -> assertThat(grant.permissions()).contains(Permission.CREATE));
    }

    @Test
    void patientRoleWithoutPatientClaimThenNothing() {
        var access = AccessPolicy.accessFor(caller(Set.of("patient"), Set.of("patient/*.rs"), null));

        assertThat(access.grants()).isEmpty();
    }

    @Test
    void publicHealthOfficerThenNoRecordAccessWhateverTheScope() {
        var access = AccessPolicy.accessFor(caller(Set.of("public-health-officer"), Set.of("user/*.cruds"), null));

        assertThat(access.grants()).isEmpty();
        assertThat(access.knownRole()).isTrue();
    }

    @Test
    void adminThenAuditTrailAndDirectoryButNoClinicalType() {
        var access = AccessPolicy.accessFor(caller(Set.of("admin"), Set.of("user/*.cruds"), null));

        assertThat(access.grants()).extracting(Grant::resourceType).contains("AuditEvent", "Organization");
        assertThat(access.grants())
                .extracting(Grant::resourceType)
                .doesNotContainAnyElementsOf(ResourceClasses.CLINICAL);
    }

    @Test
    void unknownRoleThenNothing() {
        var access = AccessPolicy.accessFor(caller(Set.of("offline_access"), Set.of("user/*.cruds"), null));

        assertThat(access.grants()).isEmpty();
        assertThat(access.knownRole()).isFalse();
    }

    @Test
    void scopesWithQueryOrUnknownSyntaxThenGrantNothing() {
        assertThat(SmartScope.parse("patient/Observation.rs?category=laboratory"))
                .isEmpty();
        assertThat(SmartScope.parse("user/*.srd")).isEmpty();
        assertThat(SmartScope.parse("user/*.read"))
                .hasValueSatisfying(scope -> assertThat(scope.permissions()).isEqualTo(Permission.READ_SEARCH));
        assertThat(SmartScope.parse("system/Patient.cud")).hasValueSatisfying(scope -> assertThat(scope.permissions())
                .containsExactlyInAnyOrder(Permission.CREATE, Permission.UPDATE, Permission.DELETE));
    }

    @Test
    void nationalSystemExportsTheRecordTypesItReadsButNeitherFilesNorTheAuditTrail() {
        var access = AccessPolicy.accessFor(caller(Set.of("ehr-system"), Set.of("system/*.rs"), null));

        assertThat(AccessPolicy.bulkReadableTypes(access))
                .contains("Patient", "Observation", "Immunization", "Group", "Organization")
                .doesNotContain("Binary", "AuditEvent");
        assertThat(access.operations()).contains("$export", "$export-poll-status", "$load-ndjson");
    }

    @Test
    void nationalSystemWithATypeScopeThenExportsOnlyThatType() {
        var access = AccessPolicy.accessFor(caller(Set.of("ehr-system"), Set.of("system/Immunization.rs"), null));

        assertThat(AccessPolicy.bulkReadableTypes(access)).containsExactly("Immunization");
    }

    @Test
    void clinicianThenNoBulkExportOrLoading() {
        var access = AccessPolicy.accessFor(caller(Set.of("clinician"), Set.of("user/*.cruds"), null));

        assertThat(access.operations()).doesNotContain("$export", "$export-poll-status", "$load-ndjson");
    }

    @Test
    void callerWhenSnapshotTakenThenRestoredExactlyAndGarbageIsNoCaller() {
        var caller = new Caller(
                "sub-1",
                "national-ehr-de",
                "national-ehr-de",
                Set.of("ehr-system"),
                Set.of("system/*.rs"),
                "moh-de",
                "DE",
                null,
                null);

        assertThat(Caller.fromSnapshot(caller.snapshot())).contains(caller);
        assertThat(Caller.fromSnapshot("{\"username\":\"x\"}")).isEmpty();
        assertThat(Caller.fromSnapshot("not json")).isEmpty();
        assertThat(Caller.fromSnapshot(null)).isEmpty();
    }

    private static Caller caller(Set<String> roles, Set<String> scopes, String patient) {
        return new Caller("sub", "user", "ephr-app", roles, scopes, "site-a", "JO", patient, null);
    }
}

package org.ephr.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.SecuredServerTestBase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each role, each interaction, each profiled resource type: allowed or refused with 403, as the access model says.
 * The patient is held by the clinician's site (Amman, Jordan) and is the demo patient user's own record, so consent
 * plays no part here; see {@code ConsentEnforcementIT} for that.
 */
class RoleMatrixIT extends SecuredServerTestBase {

    private static final String PATIENT_ID = "migrant-demo-1";
    private static final Reference PATIENT = new Reference("Patient/" + PATIENT_ID);
    private static final List<String> TYPES =
            List.of("Patient", "Immunization", "Observation", "Encounter", "Condition");

    enum Role {
        CLINICIAN,
        EHR_SYSTEM,
        PUBLIC_HEALTH_OFFICER,
        PATIENT,
        ADMIN;

        String token() {
            return switch (this) {
                case CLINICIAN -> tokenOf("dr.amal");
                case EHR_SYSTEM -> clientTokenOf(NATIONAL_EHR_JO);
                case PUBLIC_HEALTH_OFFICER -> tokenOf("pho.jo");
                case PATIENT -> tokenOf("migrant.demo");
                case ADMIN -> tokenOf("admin.ephr");
            };
        }

        boolean allowed(Interaction interaction) {
            return switch (this) {
                case CLINICIAN, EHR_SYSTEM -> true;
                case PATIENT -> interaction == Interaction.READ || interaction == Interaction.SEARCH;
                case PUBLIC_HEALTH_OFFICER, ADMIN -> false;
            };
        }
    }

    enum Interaction {
        READ,
        SEARCH,
        CREATE,
        UPDATE,
        DELETE
    }

    static Stream<Arguments> cases() {
        return Stream.of(Role.values()).flatMap(role -> Stream.of(Interaction.values())
                .flatMap(interaction -> TYPES.stream().map(type -> Arguments.of(role, interaction, type))));
    }

    @BeforeEach
    void patientHeldByAmmanWithOneResourceOfEachType() {
        storeDemoOrganizations();
        var patient = ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber());
        patient.setId(PATIENT_ID);
        patient.setManagingOrganization(new Reference("Organization/site-jo-amman"));
        storeAsSystem(patient);
        for (String type : TYPES.subList(1, TYPES.size())) {
            var resource = newResource(type);
            resource.setId(fixtureId(type));
            storeAsSystem(resource);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void interactionWhenRoleAllowsThenDoneOtherwiseForbidden(Role role, Interaction interaction, String type) {
        var response =
                switch (interaction) {
                    case READ -> get(role.token(), type + "/" + fixtureId(type));
                    case SEARCH ->
                        get(
                                role.token(),
                                type.equals("Patient") ? "Patient?_id=" + PATIENT_ID : type + "?patient=" + PATIENT_ID);
                    case CREATE -> post(role.token(), type, newResource(type));
                    case UPDATE -> {
                        var resource = newResource(type);
                        resource.setId(fixtureId(type));
                        yield put(role.token(), type + "/" + fixtureId(type), resource);
                    }
                    case DELETE -> {
                        var victim = newResource(type);
                        victim.setId(type.toLowerCase() + "-" + UUID.randomUUID());
                        storeAsSystem(victim);
                        yield delete(role.token(), type + "/" + victim.getIdPart());
                    }
                };

        if (role.allowed(interaction)) {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
            if (interaction == Interaction.SEARCH) {
                assertThat(bundle(response).getEntry())
                        .extracting(Bundle.BundleEntryComponent::getResource)
                        .extracting(resource -> resource.getIdElement().getIdPart())
                        .contains(fixtureId(type));
            }
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.body()).contains("OperationOutcome");
        }
    }

    private static String fixtureId(String type) {
        return type.equals("Patient") ? PATIENT_ID : "matrix-" + type.toLowerCase();
    }

    private static Resource newResource(String type) {
        return switch (type) {
            case "Patient" -> {
                Patient patient = ClinicalFixtures.patient(ClinicalFixtures.newEphrNumber());
                patient.setManagingOrganization(new Reference("Organization/site-jo-amman"));
                yield patient;
            }
            case "Immunization" -> ClinicalFixtures.measlesMumpsRubella(PATIENT);
            case "Observation" -> ClinicalFixtures.bodyWeight(PATIENT, 61.5);
            case "Encounter" -> ClinicalFixtures.healthAssessment(PATIENT);
            case "Condition" -> ClinicalFixtures.diagnosis(PATIENT, "A15.0", "Tuberculosis of lung");
            default -> throw new IllegalArgumentException(type);
        };
    }
}

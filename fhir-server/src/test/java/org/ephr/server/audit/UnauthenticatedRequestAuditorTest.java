package org.ephr.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.ephr.server.security.UnauthenticatedRequestEvent;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;

class UnauthenticatedRequestAuditorTest {

    private final UnauthenticatedRequestAuditor auditor = new UnauthenticatedRequestAuditor(
            mock(AuditTrailWriter.class), new CallerAuditContext(TestAuditEvents.BASE, true));

    @Test
    void eventWhenTokenMissingThenFailedAuthenticationWithAddressAndThePatientAskedFor() {
        AuditEvent event = auditor.event(new UnauthenticatedRequestEvent(
                "GET", "/fhir/Patient/123/$everything", "203.0.113.9", "Authentication required"));

        assertThat(event.getType().getCode()).isEqualTo("110114");
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(event.getOutcomeDesc()).isEqualTo("HTTP 401: Authentication required");
        assertThat(event.getAgentFirstRep().getNetwork().getAddress()).isEqualTo("203.0.113.9");
        assertThat(event.getEntity())
                .anySatisfy(entity ->
                        assertThat(entity.getWhat().getReference()).isEqualTo(TestAuditEvents.BASE + "/Patient/123"))
                .anySatisfy(
                        entity -> assertThat(entity.getDescription()).isEqualTo("GET /fhir/Patient/123/$everything"));
    }

    @Test
    void eventWhenPathNamesNoRecordThenNoEntityButTheRequest() {
        AuditEvent event = auditor.event(new UnauthenticatedRequestEvent("GET", "/fhir/Observation", "::1", "expired"));

        assertThat(event.getEntity()).hasSize(1);
        assertThat(event.getEntityFirstRep().getDescription()).isEqualTo("GET /fhir/Observation");
    }
}

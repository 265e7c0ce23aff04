package org.ephr.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class RequestAuditRecorderTest {

    private final AuditTrailWriter writer = mock(AuditTrailWriter.class);
    private final RestfulServer server = new RestfulServer(TestAuditEvents.FHIR);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void completeWhenRefusedBeforeAnythingWasReadThenRecordsTheRefusalWithCallerAndPatient() {
        var recorder = recorder(true);
        signIn();
        var request = request(RestOperationTypeEnum.READ, RequestTypeEnum.GET, "Patient", "123");

        recorder.begin(request);
        recorder.failed(request, new ForbiddenOperationException("Access denied by rule: consent"));
        recorder.complete(request);

        AuditEvent event = single(submitted());
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(event.getOutcomeDesc()).startsWith("HTTP 403").contains("consent");
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(patients(event)).containsExactly(TestAuditEvents.BASE + "/Patient/123");
        AuditEventAgentComponent user = requestor(event);
        assertThat(user.getWho().getIdentifier().getSystem()).isEqualTo(CallerAuditContext.USER_SYSTEM);
        assertThat(user.getWho().getIdentifier().getValue()).isEqualTo("dr-ana");
        assertThat(user.getWho().getReference()).isEqualTo(TestAuditEvents.BASE + "/Practitioner/pr-1");
        assertThat(event.getAgent())
                .anySatisfy(agent ->
                        assertThat(agent.getWho().getIdentifier().getValue()).isEqualTo("clinic-app"));
        assertThat(event.getAgent())
                .anySatisfy(agent -> assertThat(agent.getNetwork().getAddress()).isEqualTo("10.1.2.3"));
    }

    @Test
    void completeWhenNotFoundThenRecordsNothing() {
        var recorder = recorder(false);
        var request = request(RestOperationTypeEnum.READ, RequestTypeEnum.GET, "Patient", "missing");

        recorder.begin(request);
        recorder.failed(request, new ResourceNotFoundException("gone"));
        recorder.complete(request);

        verify(writer, never()).submit(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void completeWhenBreakGlassPurposeSetThenEveryEventCarriesIt() {
        var recorder = recorder(false);
        var request = request(RestOperationTypeEnum.READ, RequestTypeEnum.GET, "Patient", "123");
        var emergency = new Coding(AuditEvents.ACT_REASON, "ETREAT", "emergency treatment");

        recorder.begin(request);
        recorder.recordAuditEvent(AuditEvents.rest(request, context(false), "read", AuditEvent.AuditEventAction.R));
        request.getUserData().put(AuditAttributes.PURPOSE_OF_USE, emergency);
        recorder.complete(request);

        AuditEvent event = single(submitted());
        assertThat(event.getPurposeOfEventFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("ETREAT");
        assertThat(requestor(event)
                        .getPurposeOfUseFirstRep()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("ETREAT");
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
    }

    @Test
    void completeWhenNoPurposeGivenThenTreatmentAndLocalUnsecuredCallerWithSecurityOff() {
        var recorder = recorder(false);
        var request = request(RestOperationTypeEnum.READ, RequestTypeEnum.GET, "Patient", "123");

        recorder.begin(request);
        recorder.recordAuditEvent(AuditEvents.rest(request, context(false), "read", AuditEvent.AuditEventAction.R));
        recorder.complete(request);

        AuditEvent event = single(submitted());
        assertThat(event.getPurposeOfEventFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("TREAT");
        assertThat(requestor(event).getWho().getDisplay()).isEqualTo("local-unsecured");
    }

    @Test
    void completeWhenEverythingOperationThenRecordsItWithThePatient() {
        var recorder = recorder(false);
        var request = request(RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE, RequestTypeEnum.GET, "Patient", "123");
        request.setOperation("$everything");

        recorder.begin(request);
        recorder.complete(request);

        AuditEvent event = single(submitted());
        assertThat(event.getSubtype()).extracting(Coding::getCode).containsExactly("operation", "$everything");
        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.E);
        assertThat(patients(event)).containsExactly(TestAuditEvents.BASE + "/Patient/123");
    }

    @Test
    void completeWhenTerminologyOperationThenRecordsNothing() {
        var recorder = recorder(false);
        var request = request(RestOperationTypeEnum.EXTENDED_OPERATION_TYPE, RequestTypeEnum.GET, "ValueSet", null);
        request.setOperation("$expand");

        recorder.begin(request);
        recorder.complete(request);

        verify(writer, never()).submit(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void recordAuditEventWhenOutsideARequestThenSubmittedAtOnce() {
        var recorder = recorder(false);
        var request = request(RestOperationTypeEnum.READ, RequestTypeEnum.GET, "Patient", "123");

        recorder.recordAuditEvent(AuditEvents.rest(request, context(false), "read", AuditEvent.AuditEventAction.R));

        verify(writer, times(1)).submit(org.mockito.ArgumentMatchers.any());
    }

    private RequestAuditRecorder recorder(boolean securityEnabled) {
        return new RequestAuditRecorder(writer, context(securityEnabled));
    }

    private static CallerAuditContext context(boolean securityEnabled) {
        return new CallerAuditContext(TestAuditEvents.BASE, securityEnabled);
    }

    private ServletRequestDetails request(
            RestOperationTypeEnum operation, RequestTypeEnum method, String resourceType, String id) {
        var servletRequest = new MockHttpServletRequest(method.name(), "/fhir/" + resourceType);
        servletRequest.setRemoteAddr("10.1.2.3");
        var request = new ServletRequestDetails();
        request.setServer(server);
        request.setServletRequest(servletRequest);
        request.setRestOperationType(operation);
        request.setRequestType(method);
        request.setResourceName(resourceType);
        if (id != null) {
            request.setId(new IdType(resourceType, id));
        }
        request.setFhirServerBase("http://127.0.0.1:8080/fhir");
        request.setCompleteUrl("http://127.0.0.1:8080/fhir/" + resourceType + (id == null ? "" : "/" + id));
        request.setParameters(Map.of());
        return request;
    }

    private static void signIn() {
        Jwt jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("4f1c")
                .claim("preferred_username", "dr-ana")
                .claim("azp", "clinic-app")
                .claim("fhirUser", "Practitioner/pr-1")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    private List<AuditEvent> submitted() {
        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(writer, org.mockito.Mockito.atLeast(0)).submit(events.capture());
        return events.getAllValues();
    }

    private static AuditEvent single(List<AuditEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static AuditEventAgentComponent requestor(AuditEvent event) {
        return event.getAgent().stream()
                .filter(AuditEventAgentComponent::getRequestor)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> patients(AuditEvent event) {
        return event.getEntity().stream()
                .filter(entity -> "1".equals(entity.getRole().getCode()))
                .map(entity -> entity.getWhat().getReference())
                .toList();
    }
}

package org.ephr.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.ephr.server.support.ClinicalFixtures;
import org.ephr.server.support.PostgresServerTestBase;
import org.ephr.server.support.RawHttp;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail of the running server on PostgreSQL. The database holds other tests' events too: every assertion
 * is about this test's own patients, and the one test that alters an event restores it before it ends, so the
 * trail verifies again for whoever runs next.
 */
class AuditTrailIT extends PostgresServerTestBase {

    private static final Duration WRITER_DELAY = Duration.ofSeconds(30);

    @Autowired
    private AuditProperties audit;

    @Test
    void createReadSearchWhenDoneThenEachLeavesABalpEventAboutThePatient() {
        String patientId = newPatientId();
        client().read().resource(Patient.class).withId(patientId).execute();
        client().search()
                .byUrl("Patient?_id=" + patientId)
                .returnBundle(Bundle.class)
                .execute();

        List<AuditEvent> events = awaitEvents(patientId, "create", "read", "search-type");

        AuditEvent create = withSubtype(events, "create");
        assertThat(create.getType().getCode()).isEqualTo("rest");
        assertThat(create.getAction()).isEqualTo(AuditEvent.AuditEventAction.C);
        assertThat(create.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        assertThat(create.getMeta().getProfile())
                .extracting(profile -> profile.getValue())
                .contains("https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PatientCreate");
        assertThat(patientEntities(create)).containsExactly(patientReference(patientId));
        AuditEventAgentComponent user = requestor(create);
        assertThat(user.getWho().getIdentifier().getSystem()).isEqualTo(CallerAuditContext.USER_SYSTEM);
        assertThat(user.getWho().getIdentifier().getValue()).isEqualTo("local-unsecured");
        assertThat(user.getPurposeOfUseFirstRep().getCodingFirstRep().getCode()).isEqualTo("TREAT");
        assertThat(create.getPurposeOfEventFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("TREAT");
        assertThat(create.getAgent())
                .anySatisfy(agent -> assertThat(agent.getWho().getIdentifier().getSystem())
                        .isEqualTo(CallerAuditContext.CLIENT_SYSTEM))
                .anySatisfy(agent -> assertThat(agent.getNetwork().getAddress()).isEqualTo("127.0.0.1"));

        AuditEvent read = withSubtype(events, "read");
        assertThat(read.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(patientEntities(read)).containsExactly(patientReference(patientId));

        AuditEvent search = withSubtype(events, "search-type");
        assertThat(search.getAction()).isEqualTo(AuditEvent.AuditEventAction.E);
        assertThat(search.getEntity())
                .anySatisfy(entity -> assertThat(entity.getDescription()).contains("Patient?_id=" + patientId));
    }

    @Test
    void otherInteractionsWhenDoneThenEachIsAuditedAndThePatientCanStillBeDeleted() {
        String patientId = newPatientId();
        var patient = client().read().resource(Patient.class).withId(patientId).execute();
        patient.addName().setFamily("Hadad");
        client().update().resource(patient).execute();
        client().read().resource(Patient.class).withIdAndVersion(patientId, "1").execute();
        String observationId = createObservationInTransaction(patientId);
        client().operation()
                .onInstance(new IdType("Patient", patientId))
                .named("$everything")
                .withNoParameters(Parameters.class)
                .useHttpGet()
                .execute();
        client().delete().resourceById(new IdType("Observation", observationId)).execute();

        List<AuditEvent> events = awaitEvents(patientId, "update", "vread", "transaction", "operation", "delete");

        assertThat(withSubtype(events, "update").getAction()).isEqualTo(AuditEvent.AuditEventAction.U);
        assertThat(withSubtype(events, "transaction").getAction()).isEqualTo(AuditEvent.AuditEventAction.C);
        assertThat(withSubtype(events, "delete").getAction()).isEqualTo(AuditEvent.AuditEventAction.D);
        assertThat(withSubtype(events, "operation").getSubtype())
                .extracting(Coding::getCode)
                .contains("$everything");
        // The audit events mention the patient, yet do not hold the record hostage.
        client().delete().resourceById(new IdType("Patient", patientId)).execute();
    }

    @Test
    void verifyWhenTrailUntouchedThenVerifiedAndCheckpointSigned() {
        String patientId = newPatientId();
        awaitEvents(patientId, "create");

        Parameters checkpoint = client().operation()
                .onServer()
                .named(AuditCheckpointOperation.NAME)
                .withNoParameters(Parameters.class)
                .execute();
        Parameters report = verify();

        assertThat(checkpoint.getParameterValue("keyId")).isNotNull();
        assertThat(booleanParameter(report, "verified")).isTrue();
        assertThat(intParameter(report, "eventsChecked")).isPositive();
        assertThat(intParameter(report, "checkpointsChecked")).isPositive();
    }

    @Test
    void verifyWhenStoredEventAlteredBehindTheApiThenReportsBreakAtItsSequence() {
        String patientId = newPatientId();
        AuditEvent createEvent = withSubtype(awaitEvents(patientId, "create"), "create");
        String eventId = createEvent.getIdElement().getIdPart();
        long sequence =
                jdbc.queryForObject("SELECT SEQ FROM EPHR_AUDIT_CHAIN WHERE RESOURCE_ID = ?", Long.class, eventId);
        String original =
                jdbc.queryForObject("SELECT EVENT_JSON FROM EPHR_AUDIT_EVENT WHERE ID = ?", String.class, eventId);

        try {
            // Someone with access to the database, not a client: the API refuses every write.
            jdbc.update(
                    "UPDATE EPHR_AUDIT_EVENT SET EVENT_JSON = ? WHERE ID = ?",
                    original.replace("\"outcome\":\"0\"", "\"outcome\":\"4\""),
                    eventId);

            Parameters report = verify();

            assertThat(booleanParameter(report, "verified")).isFalse();
            assertThat(report.getParameters("break")).anySatisfy(found -> {
                assertThat(found.getPart()).anySatisfy(part -> assertThat(
                                part.getName() + "=" + part.getValue().primitiveValue())
                        .isEqualTo("sequence=" + sequence));
                assertThat(found.getPart()).anySatisfy(part -> assertThat(
                                part.getName() + "=" + part.getValue().primitiveValue())
                        .isEqualTo("problem=event-changed"));
            });
        } finally {
            // Back to what was chained: the trail verifies again for the tests that follow.
            jdbc.update("UPDATE EPHR_AUDIT_EVENT SET EVENT_JSON = ? WHERE ID = ?", original, eventId);
        }
        assertThat(booleanParameter(verify(), "verified")).isTrue();
    }

    @Test
    void writeWhenRestClientCreatesUpdatesOrDeletesAnAuditEventThenRefused() {
        String patientId = newPatientId();
        AuditEvent event = withSubtype(awaitEvents(patientId, "create"), "create");
        String url = fhirBase() + "/AuditEvent/" + event.getIdElement().getIdPart();
        String changed = FHIR.newJsonParser().encodeResourceToString(event.setOutcome(AuditEvent.AuditEventOutcome._8));

        var update = RawHttp.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/fhir+json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed))
                .build());
        var delete =
                RawHttp.send(HttpRequest.newBuilder(URI.create(url)).DELETE().build());
        var create = RawHttp.post(fhirBase() + "/AuditEvent", "application/fhir+json", changed);
        var inTransaction = RawHttp.post(
                fhirBase(), "application/fhir+json", FHIR.newJsonParser().encodeResourceToString(transactionOf(event)));

        assertThat(List.of(update, delete, create, inTransaction)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                    .contains("written by the server only");
        });
        AuditEvent stored =
                client().read().resource(AuditEvent.class).withUrl(url).execute();
        assertThat(stored.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        // The attempts are on the trail themselves, as refusals.
        List<AuditEvent> attempts = awaitEventsWhere(
                "entity=" + audit.referenceBase() + "/AuditEvent/"
                        + event.getIdElement().getIdPart(),
                "update",
                "delete");
        assertThat(withSubtype(attempts, "update").getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(withSubtype(attempts, "delete").getOutcomeDesc()).contains("HTTP 405");
    }

    private String createObservationInTransaction(String patientId) {
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Observation weight = ClinicalFixtures.bodyWeight(new Reference("Patient/" + patientId), 61.5);
        add(bundle, weight, Bundle.HTTPVerb.POST, "Observation");
        Bundle response = client().transaction().withBundle(bundle).execute();
        return new IdType(response.getEntryFirstRep().getResponse().getLocation()).getIdPart();
    }

    private static Bundle transactionOf(AuditEvent event) {
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        add(bundle, event.copy().setId((String) null), Bundle.HTTPVerb.POST, "AuditEvent");
        return bundle;
    }

    private static void add(Bundle bundle, Resource resource, Bundle.HTTPVerb method, String url) {
        bundle.addEntry()
                .setFullUrl("urn:uuid:" + UUID.randomUUID())
                .setResource(resource)
                .getRequest()
                .setMethod(method)
                .setUrl(url);
    }

    /** The patient's view of the trail: who did what to their record. */
    private List<AuditEvent> awaitEvents(String patientId, String... subtypes) {
        return awaitEventsWhere("patient=" + patientReference(patientId), subtypes);
    }

    /** Searches the trail until it holds an event of each subtype; the writer is a moment behind the requests. */
    private List<AuditEvent> awaitEventsWhere(String criteria, String... subtypes) {
        return await().atMost(WRITER_DELAY)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> client()
                                .search()
                                .byUrl("AuditEvent?" + criteria + "&_count=200")
                                .returnBundle(Bundle.class)
                                .execute()
                                .getEntry()
                                .stream()
                                .map(entry -> (AuditEvent) entry.getResource())
                                .toList(),
                        events -> List.of(subtypes).stream()
                                .allMatch(subtype -> events.stream().anyMatch(hasSubtype(subtype))));
    }

    private Parameters verify() {
        return client().operation()
                .onServer()
                .named(VerifyAuditChainOperation.NAME)
                .withNoParameters(Parameters.class)
                .useHttpGet()
                .execute();
    }

    private String patientReference(String patientId) {
        return audit.referenceBase() + "/Patient/" + patientId;
    }

    private static AuditEvent withSubtype(List<AuditEvent> events, String subtype) {
        return events.stream().filter(hasSubtype(subtype)).findFirst().orElseThrow();
    }

    private static Predicate<AuditEvent> hasSubtype(String subtype) {
        return event -> event.getSubtype().stream().anyMatch(coding -> subtype.equals(coding.getCode()));
    }

    private static List<String> patientEntities(AuditEvent event) {
        return event.getEntity().stream()
                .filter(entity -> "1".equals(entity.getRole().getCode()))
                .map(AuditEventEntityComponent::getWhat)
                .map(Reference::getReference)
                .toList();
    }

    private static AuditEventAgentComponent requestor(AuditEvent event) {
        return event.getAgent().stream()
                .filter(AuditEventAgentComponent::getRequestor)
                .findFirst()
                .orElseThrow();
    }

    private static boolean booleanParameter(Parameters parameters, String name) {
        return Boolean.parseBoolean(parameters.getParameterValue(name).primitiveValue());
    }

    private static int intParameter(Parameters parameters, String name) {
        return Integer.parseInt(parameters.getParameterValue(name).primitiveValue());
    }
}

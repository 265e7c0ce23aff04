package org.ephr.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ephr.server.support.PostgresServerTestBase;
import org.ephr.server.support.RawHttp;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit trail's REST face over its own tables: what an auditor asks of it, and what it refuses. */
class AuditEventApiIT extends PostgresServerTestBase {

    @Autowired
    private AuditProperties audit;

    @Test
    void searchByPatientWhenMoreThanAPageThenNextLinksWalkEveryEventOnceNewestFirst() {
        String patientId = newPatientId();
        for (int i = 0; i < 6; i++) {
            client().read().resource(Patient.class).withId(patientId).execute();
        }
        // Searching the trail about the patient is on the trail too (subtype search-type): only the record's events.
        String query = "AuditEvent?patient=" + audit.referenceBase() + "/Patient/" + patientId + "&subtype=create,read";
        await().atMost(Duration.ofSeconds(30)).until(() -> search(query).getTotal() >= 7);

        List<AuditEvent> walked = new ArrayList<>();
        Bundle page = search(query + "&_sort=-date&_count=3");
        int pages = 1;
        walked.addAll(events(page));
        while (page.getLink(Bundle.LINK_NEXT) != null) {
            page = client().loadPage().next(page).execute();
            walked.addAll(events(page));
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(walked).hasSize(7);
        assertThat(walked.stream()
                        .map(event -> event.getIdElement().getIdPart())
                        .distinct())
                .hasSize(7);
        assertThat(walked.get(walked.size() - 1).getSubtypeFirstRep().getCode()).isEqualTo("create");
        for (int i = 1; i < walked.size(); i++) {
            assertThat(walked.get(i).getRecorded())
                    .isBeforeOrEqualTo(walked.get(i - 1).getRecorded());
        }
    }

    @Test
    void searchWhenSubtypeActionAndDateGivenThenOnlyMatchingEvents() {
        String patientId = newPatientId();
        client().read().resource(Patient.class).withId(patientId).execute();
        String patient = "patient=" + audit.referenceBase() + "/Patient/" + patientId;
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        search("AuditEvent?" + patient + "&subtype=create,read").getTotal() >= 2);

        assertThat(events(search("AuditEvent?" + patient + "&subtype=read")))
                .singleElement()
                .satisfies(event -> assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.R));
        assertThat(events(search(
                        "AuditEvent?" + patient + "&action=C&subtype=http://hl7.org/fhir/restful-interaction|create")))
                .hasSize(1);
        assertThat(search("AuditEvent?" + patient + "&date=lt2000-01-01").getTotal())
                .isZero();
        assertThat(search("AuditEvent?" + patient + "&date=ge2000-01-01&outcome=0&subtype=create,read")
                        .getTotal())
                .isEqualTo(2);
    }

    @Test
    void readWhenEventExistsThenVersionOneAndOtherVersionsUnknown() {
        String patientId = newPatientId();
        String query = "AuditEvent?patient=Patient/" + patientId;
        await().atMost(Duration.ofSeconds(30)).until(() -> search(query).getTotal() >= 1);
        String id = events(search(query)).get(0).getIdElement().getIdPart();

        AuditEvent read = client().read().resource(AuditEvent.class).withId(id).execute();

        assertThat(read.getMeta().getVersionId()).isEqualTo("1");
        assertThat(read.getMeta().getLastUpdated()).isNotNull();
        assertThat(RawHttp.get(fhirBase() + "/AuditEvent/" + id + "/_history/1").statusCode())
                .isEqualTo(200);
        assertThat(RawHttp.get(fhirBase() + "/AuditEvent/" + id + "/_history/2").statusCode())
                .isEqualTo(404);
        assertThat(RawHttp.get(fhirBase() + "/AuditEvent/no-such-event").statusCode())
                .isEqualTo(404);
    }

    @Test
    void searchWhenParameterOrSortUnsupportedThenBadRequestWithOutcome() {
        var unknown = RawHttp.get(fhirBase() + "/AuditEvent?agent-name=someone");
        var sort = RawHttp.get(fhirBase() + "/AuditEvent?_sort=outcome");
        var chain = RawHttp.get(fhirBase() + "/AuditEvent?patient.family=Haddad");

        assertThat(List.of(unknown, sort, chain)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(RawHttp.outcome(response).getIssueFirstRep().getDiagnostics())
                    .isNotBlank();
        });
    }

    @Test
    void capabilityStatementWhenReadThenAuditEventOffersReadsAndItsSearchParametersOnly() {
        var capabilities =
                client().capabilities().ofType(CapabilityStatement.class).execute();

        CapabilityStatementRestResourceComponent auditEvent = capabilities.getRestFirstRep().getResource().stream()
                .filter(resource -> resource.getType().equals("AuditEvent"))
                .findFirst()
                .orElseThrow();
        assertThat(auditEvent.getInteraction())
                .extracting(interaction -> interaction.getCode().toCode())
                .containsExactlyInAnyOrder("read", "vread", "search-type");
        assertThat(auditEvent.getSearchParam())
                .extracting(CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent::getName)
                .isNotEmpty()
                .allMatch(AuditEventProvider.SEARCH_PARAMETERS::contains)
                .contains("patient", "date", "subtype");
    }

    private Bundle search(String query) {
        return client().search().byUrl(query).returnBundle(Bundle.class).execute();
    }

    private static List<AuditEvent> events(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(entry -> (AuditEvent) entry.getResource())
                .toList();
    }
}

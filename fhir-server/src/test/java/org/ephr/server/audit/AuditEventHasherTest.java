package org.ephr.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Date;
import java.util.HexFormat;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.junit.jupiter.api.Test;

class AuditEventHasherTest {

    private final AuditEventHasher hasher = new AuditEventHasher(TestAuditEvents.FHIR);

    @Test
    void eventHashWhenOnlyWhatTheServerSetsOnWriteDiffersThenSame() {
        AuditEvent chained = TestAuditEvents.patientRead("p1");
        chained.setId("AuditEvent/e1");
        AuditEvent stored = chained.copy();
        stored.setIdElement(new IdType("http://other.host/fhir", "AuditEvent", "e1", "3"));
        stored.getMeta().setVersionId("3").setLastUpdated(new Date()).setSource("#request-1");

        assertThat(hasher.eventHash(stored)).isEqualTo(hasher.eventHash(chained));
    }

    @Test
    void eventHashWhenTagsComeBackInAnotherOrderThenSame() {
        AuditEvent first = TestAuditEvents.patientRead("p1");
        first.getMeta().addTag("urn:a", "1", "one").addTag("urn:b", "2", null);
        AuditEvent second = TestAuditEvents.patientRead("p1");
        second.getMeta().addTag("urn:b", "2", "two").addTag("urn:a", "1", null);

        assertThat(hasher.eventHash(second)).isEqualTo(hasher.eventHash(first));
    }

    @Test
    void eventHashWhenContentOrIdChangedThenDiffers() {
        AuditEvent original = TestAuditEvents.patientRead("p1");
        original.setId("e1");
        AuditEvent otherOutcome = original.copy().setOutcome(AuditEvent.AuditEventOutcome._4);
        AuditEvent otherPatient = TestAuditEvents.patientRead("p2");
        otherPatient.setId("e1");
        AuditEvent otherId = original.copy();
        otherId.setId("e2");

        String hash = hasher.eventHash(original);
        assertThat(hasher.eventHash(otherOutcome)).isNotEqualTo(hash);
        assertThat(hasher.eventHash(otherPatient)).isNotEqualTo(hash);
        assertThat(hasher.eventHash(otherId)).isNotEqualTo(hash);
    }

    @Test
    void canonicalFormWhenReadBackAndEncodedAgainThenSameText() {
        AuditEvent event = TestAuditEvents.patientRead("p1");
        event.setId("e1");
        event.getText().setDivAsString("<div>Audit Event</div>");
        String stored = hasher.canonicalForm(event);

        AuditEvent readBack = TestAuditEvents.FHIR.newJsonParser().parseResource(AuditEvent.class, stored);

        assertThat(hasher.canonicalForm(readBack)).isEqualTo(stored);
        assertThat(hasher.eventHash(readBack)).isEqualTo(AuditEventHasher.hash(stored));
        assertThat(readBack.getText().getDiv()).isInstanceOf(XhtmlNode.class);
    }

    @Test
    void chainHashIsSha256OfPreviousChainHashFollowedByEventHash() throws Exception {
        String eventHash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest("event".getBytes(StandardCharsets.UTF_8)));
        var digest = MessageDigest.getInstance("SHA-256");
        digest.update(new byte[32]);
        digest.update(HexFormat.of().parseHex(eventHash));

        assertThat(AuditEventHasher.chainHash(AuditEventHasher.GENESIS, eventHash))
                .isEqualTo(HexFormat.of().formatHex(digest.digest()));
    }
}

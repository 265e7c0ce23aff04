package org.ephr.server.reporting;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.model.DaoMethodOutcome;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ephr.export.Annex2;
import org.ephr.export.ReportMeasure;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * IHR Annex 2 alerts. A case of an always-notifiable disease (smallpox, wild-type polio, new-subtype human
 * influenza, SARS) is notified at once to the national IHR focal point of the country where it was found; a case
 * of another Annex 2 disease is flagged for assessment with the decision instrument. Each is a FHIR
 * {@code Communication} (category alert or notification, about the diagnosis) and a log line, raised once per person
 * and condition, however often the case is re-sent, updated or found on several nodes.
 *
 * <p>Raised from the projection, not from the write: a sweep after each committed write that brought such a case,
 * and a periodic one that catches anything a crash interrupted. Claiming the alert, storing the Communication and
 * recording it are one transaction.
 */
class IhrAlerts implements AutoCloseable {

    static final String COMMUNICATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/communication-category";
    private static final Logger log = LoggerFactory.getLogger(IhrAlerts.class);
    private static final int BATCH = 100;

    private final ReportingStore store;
    private final Map<String, Annex2.Classification> alerting;
    private final IFhirResourceDao<Communication> communications;
    private final TransactionTemplate transactions;
    private final String focalPointSystem;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean sweepQueued = new AtomicBoolean();

    IhrAlerts(
            ReportingStore store,
            Annex2 annex2,
            IFhirResourceDao<Communication> communications,
            TransactionTemplate transactions,
            String focalPointSystem,
            Clock clock) {
        this.store = store;
        this.alerting = annex2.conditions().stream()
                .filter(condition -> condition.requiresImmediateAlert() || condition.requiresAssessment())
                .collect(Collectors.toUnmodifiableMap(Annex2.Classification::condition, Function.identity()));
        this.communications = communications;
        this.transactions = transactions;
        this.focalPointSystem = focalPointSystem;
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ihr-alerts");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sweeps now and then every {@code interval}. */
    void start(Duration interval) {
        executor.scheduleWithFixedDelay(this::sweepLogged, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean raisesAlert(ReportingFacts.EventRow event) {
        return event.measure().equals(ReportMeasure.CASES.name()) && alerting.containsKey(event.category());
    }

    /** Asks for a sweep on the alert thread; calls while one is queued are merged into it. */
    void sweepSoon() {
        if (sweepQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                sweepQueued.set(false);
                sweepLogged();
            });
        }
    }

    private void sweepLogged() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.error("IHR alert sweep failed; it is retried at the next write or interval", e);
        }
    }

    /** Raises every pending alert; returns how many this call raised. */
    int sweep() {
        int raised = 0;
        List<ReportingStore.PendingAlert> pending;
        do {
            pending = store.pendingAlerts(alerting.keySet(), BATCH);
            for (ReportingStore.PendingAlert alert : pending) {
                raised += raise(alert) ? 1 : 0;
            }
        } while (pending.size() == BATCH);
        return raised;
    }

    private boolean raise(ReportingStore.PendingAlert alert) {
        Annex2.Classification condition = alerting.get(alert.condition());
        Instant now = clock.instant();
        String text = text(alert, condition);
        try {
            String communicationId = transactions.execute(status -> {
                store.insertAlert(alert, now);
                DaoMethodOutcome outcome =
                        communications.create(communication(alert, condition, text, now), new SystemRequestDetails());
                String id = outcome.getId().getIdPart();
                store.recordCommunication(alert, id);
                return id;
            });
            log.warn("IHR ANNEX 2 {}: {} (Communication/{})", label(condition), text, communicationId);
            return true;
        } catch (DuplicateKeyException raisedElsewhere) {
            return false;
        } catch (RuntimeException e) {
            // Claim it without a Communication so that the sweep does not retry forever; the log is the alert.
            log.error(
                    "IHR ANNEX 2 {}: {} (no Communication could be stored: {})", label(condition), text, e.toString());
            try {
                transactions.executeWithoutResult(status -> store.insertAlert(alert, now));
            } catch (DuplicateKeyException raisedElsewhere) {
                return false;
            }
            return true;
        }
    }

    private static String label(Annex2.Classification condition) {
        return condition.requiresImmediateAlert() ? "ALERT" : "ASSESSMENT";
    }

    private static String text(ReportingStore.PendingAlert alert, Annex2.Classification condition) {
        String where = (alert.country() == null ? "an unknown country" : alert.country())
                + (alert.site() == null ? "" : " (site " + alert.site() + ")");
        return condition.requiresImmediateAlert()
                ? "A case of " + condition.display() + ", always notifiable under IHR (2005) Annex 2, was recorded in "
                        + where + ". Notify WHO through the National IHR Focal Point within 24 hours of assessment."
                : "A case of " + condition.display() + " was recorded in " + where
                        + ". Assess it with the IHR (2005) Annex 2 decision instrument.";
    }

    private Communication communication(
            ReportingStore.PendingAlert alert, Annex2.Classification condition, String text, Instant now) {
        boolean immediate = condition.requiresImmediateAlert();
        var communication = new Communication();
        communication.setStatus(Communication.CommunicationStatus.COMPLETED);
        communication.addCategory(new CodeableConcept(new Coding(
                COMMUNICATION_CATEGORY, immediate ? "alert" : "notification", immediate ? "Alert" : "Notification")));
        communication.setPriority(
                immediate ? Communication.CommunicationPriority.STAT : Communication.CommunicationPriority.URGENT);
        communication.setSubject(new Reference("Patient/" + alert.patientId()));
        communication.addAbout(new Reference(alert.resourceType() + "/" + alert.resourceId()));
        communication.addReasonCode(
                new CodeableConcept(new Coding(Annex2.CONDITION_SYSTEM, condition.condition(), condition.display())));
        String country = alert.country() == null ? "unknown" : alert.country();
        communication.addRecipient(new Reference()
                .setIdentifier(new Identifier().setSystem(focalPointSystem).setValue(country))
                .setDisplay("National IHR Focal Point, " + country));
        communication.setSent(Date.from(now));
        communication.addPayload().setContent(new StringType(text));
        return communication;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

package org.ephr.server.audit;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The one thread that writes the audit trail. Request threads only hand events over (a queue offer), so auditing
 * adds no database work to a request; a single writer also gives the chain a well-defined order. The same thread
 * signs checkpoints, on schedule, on demand (after everything queued before the demand) and at shutdown.
 *
 * <p>A write that fails for a passing reason (database unreachable, a concurrent writer took the sequence number) is
 * retried until it succeeds; an event the server refuses outright is logged in full and skipped, so that one bad
 * event cannot stop the trail.
 */
class AuditTrailWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailWriter.class);
    /**
     * Events per database transaction. HAPI keeps every entity of a transaction in one Hibernate session and
     * dirty-checks all of them at each flush, so bigger is not faster: 500 per transaction wrote at half the rate.
     */
    private static final int BATCH_SIZE = 25;

    /**
     * How long the writer waits for a batch to fill. Without it, a server answering a hundred reads a second wrote
     * a hundred one-event transactions a second, each with its own commit, on the cores the reads need.
     */
    private static final Duration LINGER = Duration.ofMillis(200);

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final BlockingQueue<Task> queue;
    private final AuditChain chain;
    private final Duration checkpointInterval;
    private final Counter written;
    private final Counter dropped;
    private volatile boolean running;
    private Thread thread;

    AuditTrailWriter(AuditChain chain, AuditProperties properties, MeterRegistry meters) {
        this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
        this.chain = chain;
        this.checkpointInterval = properties.checkpointInterval();
        this.written = meters.counter("ephr.audit.events", "result", "written");
        this.dropped = meters.counter("ephr.audit.events", "result", "dropped");
        Gauge.builder("ephr.audit.queue", queue, BlockingQueue::size)
                .description("Audit events waiting to be written")
                .register(meters);
    }

    /** Hands an event to the writer. Called on request threads: returns at once unless the queue is full. */
    void submit(AuditEvent event) {
        try {
            if (!queue.offer(new Append(event), 1, TimeUnit.SECONDS)) {
                drop(event, "the audit queue is full");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drop(event, "interrupted while queueing");
        }
    }

    /** Signs the head once everything queued so far is written. */
    CompletableFuture<Optional<Checkpoint>> checkpointNow() {
        var result = new CompletableFuture<Optional<Checkpoint>>();
        if (!queue.offer(new CheckpointRequest(result))) {
            result.completeExceptionally(new IllegalStateException("The audit queue is full"));
        }
        return result;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "ephr-audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        // The writer may be waiting for the next checkpoint, minutes away: wake it to drain the queue and finish.
        queue.offer(new Wake());
        Thread writer;
        synchronized (this) {
            writer = thread;
        }
        if (writer == null) {
            return;
        }
        try {
            writer.join(SHUTDOWN_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            log.error(
                    "The audit writer did not finish within {}; {} events are not written",
                    SHUTDOWN_GRACE,
                    queue.size());
            writer.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server and stops after it, so that no request's events arrive to a stopped writer. */
    @Override
    public int getPhase() {
        return 0;
    }

    private void run() {
        long nextCheckpoint = System.nanoTime() + checkpointInterval.toNanos();
        while (running || !queue.isEmpty()) {
            try {
                long wait = running ? Math.max(0, nextCheckpoint - System.nanoTime()) : 0;
                Task first = queue.poll(wait, TimeUnit.NANOSECONDS);
                if (first != null) {
                    process(batchStartingWith(first));
                }
                if (System.nanoTime() >= nextCheckpoint) {
                    checkpointSafely();
                    nextCheckpoint = System.nanoTime() + checkpointInterval.toNanos();
                }
            } catch (InterruptedException e) {
                log.error("The audit writer was interrupted; {} events are not written", queue.size());
                return;
            }
        }
        checkpointSafely();
    }

    /**
     * The first task and what follows within {@link #LINGER}, up to a batch; at once when stopping or when a
     * checkpoint is asked for (its caller waits).
     */
    private List<Task> batchStartingWith(Task first) throws InterruptedException {
        List<Task> tasks = new ArrayList<>(BATCH_SIZE);
        tasks.add(first);
        long until = System.nanoTime() + LINGER.toNanos();
        while (tasks.size() < BATCH_SIZE && running && tasks.stream().noneMatch(CheckpointRequest.class::isInstance)) {
            queue.drainTo(tasks, BATCH_SIZE - tasks.size());
            long left = until - System.nanoTime();
            if (tasks.size() >= BATCH_SIZE || left <= 0) {
                break;
            }
            Task next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            tasks.add(next);
        }
        return tasks;
    }

    private void process(List<Task> tasks) throws InterruptedException {
        List<AuditEvent> pending = new ArrayList<>();
        for (Task task : tasks) {
            if (task instanceof Append append) {
                pending.add(append.event());
            } else if (task instanceof CheckpointRequest request) {
                write(pending);
                pending.clear();
                try {
                    request.result().complete(chain.checkpoint());
                } catch (RuntimeException e) {
                    request.result().completeExceptionally(e);
                }
            }
        }
        write(pending);
    }

    private void write(List<AuditEvent> events) throws InterruptedException {
        if (events.isEmpty()) {
            return;
        }
        try {
            chain.append(events);
            written.increment(events.size());
        } catch (RuntimeException batchFailed) {
            // One at a time, in order: a bad event is then skipped alone, and a passing failure is waited out.
            for (AuditEvent event : events) {
                writeOne(event);
            }
        }
    }

    private void writeOne(AuditEvent event) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                chain.append(List.of(event));
                written.increment();
                return;
            } catch (RuntimeException e) {
                if (isRefusal(e) || (!running && attempt >= 3)) {
                    log.error("Audit event not written ({})", e.toString(), e);
                    drop(event, "it could not be stored");
                    return;
                }
                if (attempt % 10 == 0) {
                    log.error("Audit trail write failed, retrying: {}", e.toString());
                }
                Thread.sleep(Math.min(30_000L, 100L << Math.min(attempt, 9)));
            }
        }
    }

    /** The server refused the event itself; trying again cannot help. A version conflict is a race, not a refusal. */
    private static boolean isRefusal(RuntimeException e) {
        return e instanceof BaseServerResponseException && !(e instanceof ResourceVersionConflictException);
    }

    private void checkpointSafely() {
        try {
            chain.checkpoint();
        } catch (RuntimeException e) {
            log.error("Audit checkpoint failed; the next one will cover these events: {}", e.toString(), e);
        }
    }

    /** The event goes to the log in full: the log is then the only record of it. */
    private void drop(AuditEvent event, String reason) {
        dropped.increment();
        log.error("AUDIT EVENT DROPPED because {}: {}", reason, AuditEvents.toJson(event));
    }

    private sealed interface Task permits Append, CheckpointRequest, Wake {}

    private record Append(AuditEvent event) implements Task {}

    private record CheckpointRequest(CompletableFuture<Optional<Checkpoint>> result) implements Task {}

    private record Wake() implements Task {}
}

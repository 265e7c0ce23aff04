package org.ephr.server.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Reports computed in the background (FHIR's asynchronous request pattern): one at a time, since each is a heavy
 * query on a small machine. Kept in memory for a day, visible only to whoever asked; a restart forgets them, and
 * the client asks again.
 */
class ReportJobs implements AutoCloseable {

    static final Duration KEPT = Duration.ofHours(24);
    static final int MAX_JOBS = 200;

    /** A job: who asked, when, and its result once done. */
    record Job(String id, String owner, Instant submitted, CompletableFuture<SignedReport> result) {}

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ihr-report-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;

    ReportJobs(Clock clock) {
        this.clock = clock;
    }

    Job submit(String owner, Supplier<SignedReport> work) {
        forgetExpired();
        if (jobs.size() >= MAX_JOBS) {
            throw new IllegalStateException("Too many reports are waiting to be collected; try again later");
        }
        String id = UUID.randomUUID().toString();
        var job = new Job(id, owner, clock.instant(), CompletableFuture.supplyAsync(work, executor));
        jobs.put(id, job);
        return job;
    }

    /** The caller's own job; another caller's looks like no job at all. */
    Optional<Job> find(String id, String owner) {
        forgetExpired();
        return Optional.ofNullable(id == null ? null : jobs.get(id))
                .filter(job -> job.owner().equals(owner));
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.submitted().isBefore(oldest));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

package org.ephr.bench;

import java.util.Arrays;

/**
 * Request latencies of one measured phase, with percentiles by the nearest-rank method: the p-th percentile is
 * the smallest recorded value such that at least p percent of the values are less than or equal to it. Safe to
 * share between client threads.
 */
final class LatencyRecorder {
    private long[] nanos = new long[256];
    private int count;

    synchronized void record(long elapsedNanos) {
        if (elapsedNanos < 0) {
            throw new IllegalArgumentException("negative latency " + elapsedNanos);
        }
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The nearest-rank percentile in nanoseconds, for 0 < percent <= 100. */
    synchronized long percentileNanos(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        if (count == 0) {
            throw new IllegalStateException("no latencies recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(rank, 1) - 1];
    }

    synchronized long maxNanos() {
        return percentileNanos(100);
    }

    double percentileMillis(double percent) {
        return percentileNanos(percent) / 1e6;
    }

    double maxMillis() {
        return maxNanos() / 1e6;
    }
}

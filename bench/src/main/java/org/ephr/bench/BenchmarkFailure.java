package org.ephr.bench;

/** A request failed: the benchmark stops, since figures over partial data would mislead. */
final class BenchmarkFailure extends RuntimeException {
    BenchmarkFailure(String message, Throwable cause) {
        super(message, cause);
    }

    BenchmarkFailure(String message) {
        super(message);
    }
}

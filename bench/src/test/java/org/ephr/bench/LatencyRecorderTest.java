package org.ephr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void percentileWhenFiveValuesThenNearestRank() {
        LatencyRecorder recorder = recorded(35, 20, 50, 15, 40); // order of arrival must not matter

        assertThat(recorder.percentileNanos(5)).isEqualTo(15);
        assertThat(recorder.percentileNanos(30)).isEqualTo(20);
        assertThat(recorder.percentileNanos(40)).isEqualTo(20);
        assertThat(recorder.percentileNanos(50)).isEqualTo(35);
        assertThat(recorder.percentileNanos(100)).isEqualTo(50);
        assertThat(recorder.maxNanos()).isEqualTo(50);
    }

    @Test
    void percentileWhenHundredValuesThenTheValueAtThatRank() {
        LatencyRecorder recorder =
                recorded(IntStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());

        assertThat(recorder.percentileNanos(50)).isEqualTo(50);
        assertThat(recorder.percentileNanos(95)).isEqualTo(95);
        assertThat(recorder.percentileNanos(99.5)).isEqualTo(100);
        assertThat(recorder.count()).isEqualTo(100);
    }

    @Test
    void percentileWhenSingleValueThenThatValueForEveryPercent() {
        LatencyRecorder recorder = recorded(7_000_000);

        assertThat(recorder.percentileMillis(1)).isEqualTo(7.0);
        assertThat(recorder.percentileMillis(95)).isEqualTo(7.0);
    }

    @Test
    void percentileWhenNothingRecordedOrPercentOutOfRangeThenRejected() {
        assertThatThrownBy(() -> new LatencyRecorder().percentileNanos(50)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> recorded(1).percentileNanos(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> recorded(1).percentileNanos(100.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordWhenManyThreadsThenNoSampleLost() throws InterruptedException {
        LatencyRecorder recorder = new LatencyRecorder();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> IntStream.range(0, 1000).forEach(recorder::record));
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(recorder.count()).isEqualTo(4000);
    }

    private static LatencyRecorder recorded(int... nanos) {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int value : nanos) {
            recorder.record(value);
        }
        return recorder;
    }
}

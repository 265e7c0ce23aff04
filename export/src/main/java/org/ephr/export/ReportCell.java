package org.ephr.export;

import java.util.List;

/**
 * One published cell or margin.
 *
 * @param key the value of each dimension, {@link AggregateTable#ALL} where summed
 * @param count the count, {@code null} when suppressed
 * @param suppressed whether the count is hidden
 */
public record ReportCell(List<String> key, Long count, boolean suppressed) {

    public ReportCell {
        key = List.copyOf(key);
        if (suppressed != (count == null)) {
            throw new IllegalArgumentException("a cell has a count exactly when it is not suppressed");
        }
    }

    /** Whether this is a cell of the full cross-classification, summed over nothing. */
    public boolean isInnermost() {
        return !key.contains(AggregateTable.ALL);
    }
}

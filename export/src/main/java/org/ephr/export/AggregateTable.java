package org.ephr.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts cross-classified by some dimensions, with all their margins: for every subset of the dimensions, the
 * table summed over that subset. A margin's coordinate on a summed dimension is {@link #ALL}. The cells of the full
 * table and of every margin form one lattice, indexed by mixed radix (dimension {@code d} has
 * {@code values(d).size() + 1} coordinates, the last one standing for {@link #ALL}).
 *
 * <p>A value that was never counted but is in a dimension's declared domain (every age band, every week of the
 * period) is a zero cell, so zeros are visible and a table always has the same shape for the same request.
 */
public final class AggregateTable {

    /** The coordinate of a margin on a summed dimension. */
    public static final String ALL = "ALL";
    /** Refuses tables whose lattice of cells and margins would be larger than this. */
    public static final int MAX_CELLS = 500_000;

    private final List<Dimension> dimensions;
    private final List<List<String>> values;
    private final int[] radix;
    private final int[] stride;
    private final long[] counts;

    private AggregateTable(List<Dimension> dimensions, List<List<String>> values, Map<List<String>, Long> cells) {
        this.dimensions = List.copyOf(dimensions);
        this.values = values.stream().map(List::copyOf).toList();
        int n = dimensions.size();
        radix = new int[n];
        stride = new int[n];
        long size = 1;
        for (int d = n - 1; d >= 0; d--) {
            radix[d] = values.get(d).size() + 1;
            stride[d] = (int) size;
            size *= radix[d];
            if (size > MAX_CELLS) {
                throw new IllegalArgumentException("the breakdown has more than " + MAX_CELLS
                        + " cells and margins; choose fewer dimensions or a shorter period");
            }
        }
        counts = new long[(int) size];
        int[] coordinates = new int[n];
        for (Map.Entry<List<String>, Long> cell : cells.entrySet()) {
            for (int d = 0; d < n; d++) {
                coordinates[d] = values.get(d).indexOf(cell.getKey().get(d));
            }
            addToAllMargins(coordinates, 0, 0, cell.getValue());
        }
    }

    private void addToAllMargins(int[] coordinates, int d, int index, long count) {
        if (d == coordinates.length) {
            counts[index] += count;
            return;
        }
        addToAllMargins(coordinates, d + 1, index + coordinates[d] * stride[d], count);
        addToAllMargins(coordinates, d + 1, index + (radix[d] - 1) * stride[d], count);
    }

    /** A table for a request: its dimensions with the period first, every period and every age band declared. */
    public static Builder builder(ReportRequest request) {
        Builder builder = new Builder(request.tableDimensions());
        builder.domain(Dimension.PERIOD, request.periods());
        if (request.dimensions().contains(Dimension.AGE_GROUP)) {
            List<String> bands = new ArrayList<>();
            for (AgeGroup group : AgeGroup.values()) {
                bands.add(group.code());
            }
            builder.domain(Dimension.AGE_GROUP, bands);
        }
        return builder;
    }

    public static Builder builder(List<Dimension> dimensions) {
        return new Builder(dimensions);
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** The values of dimension {@code d}, without {@link #ALL}. */
    public List<String> values(int d) {
        return values.get(d);
    }

    /** The number of cells and margins. */
    public int size() {
        return counts.length;
    }

    /** The count of a cell or margin, by its values ({@link #ALL} for a summed dimension). */
    public long count(List<String> key) {
        return counts[indexOf(key)];
    }

    int indexOf(List<String> key) {
        if (key.size() != dimensions.size()) {
            throw new IllegalArgumentException("expected " + dimensions.size() + " values, got " + key);
        }
        int index = 0;
        for (int d = 0; d < key.size(); d++) {
            int coordinate =
                    ALL.equals(key.get(d)) ? radix[d] - 1 : values.get(d).indexOf(key.get(d));
            if (coordinate < 0) {
                throw new IllegalArgumentException("no " + dimensions.get(d).code() + " '" + key.get(d) + "'");
            }
            index += coordinate * stride[d];
        }
        return index;
    }

    long count(int index) {
        return counts[index];
    }

    /** The values of a cell or margin, {@link #ALL} where summed. */
    public List<String> key(int index) {
        List<String> key = new ArrayList<>(dimensions.size());
        for (int d = 0; d < dimensions.size(); d++) {
            int coordinate = coordinate(index, d);
            key.add(coordinate == radix[d] - 1 ? ALL : values.get(d).get(coordinate));
        }
        return key;
    }

    int coordinate(int index, int d) {
        return index / stride[d] % radix[d];
    }

    /** Whether the cell at {@code index} is summed over dimension {@code d}. */
    boolean isTotal(int index, int d) {
        return coordinate(index, d) == radix[d] - 1;
    }

    /** The cells that add up to the margin at {@code totalIndex} along dimension {@code d}. */
    int[] lineMembers(int totalIndex, int d) {
        int base = totalIndex - (radix[d] - 1) * stride[d];
        int[] members = new int[radix[d] - 1];
        for (int v = 0; v < members.length; v++) {
            members[v] = base + v * stride[d];
        }
        return members;
    }

    /** The margin that cell {@code index} adds up to along dimension {@code d}. */
    int lineTotal(int index, int d) {
        return index + (radix[d] - 1 - coordinate(index, d)) * stride[d];
    }

    /** Collects counts; cells added twice add up. */
    public static final class Builder {
        private final List<Dimension> dimensions;
        private final List<Set<String>> declared = new ArrayList<>();
        private final List<Set<String>> seen = new ArrayList<>();
        private final Map<List<String>, Long> cells = new HashMap<>();

        private Builder(List<Dimension> dimensions) {
            if (dimensions.isEmpty() || Set.copyOf(dimensions).size() != dimensions.size()) {
                throw new IllegalArgumentException("a table needs distinct dimensions, got " + dimensions);
            }
            this.dimensions = List.copyOf(dimensions);
            for (int d = 0; d < dimensions.size(); d++) {
                declared.add(new LinkedHashSet<>());
                seen.add(new TreeSet<>());
            }
        }

        /** Declares the values of a dimension in display order; counted values outside it are appended, sorted. */
        public Builder domain(Dimension dimension, List<String> domainValues) {
            int d = dimensions.indexOf(dimension);
            if (d < 0) {
                throw new IllegalArgumentException("the table has no dimension " + dimension.code());
            }
            for (String value : domainValues) {
                declared.get(d).add(checked(value));
            }
            return this;
        }

        /** Adds a count to the cell with these values, one per dimension in order. */
        public Builder add(List<String> key, long count) {
            if (key.size() != dimensions.size()) {
                throw new IllegalArgumentException("expected " + dimensions.size() + " values, got " + key);
            }
            if (count < 0) {
                throw new IllegalArgumentException("negative count " + count + " for " + key);
            }
            for (int d = 0; d < key.size(); d++) {
                seen.get(d).add(checked(key.get(d)));
            }
            cells.merge(List.copyOf(key), count, Long::sum);
            return this;
        }

        public AggregateTable build() {
            List<List<String>> values = new ArrayList<>();
            for (int d = 0; d < dimensions.size(); d++) {
                Set<String> all = new LinkedHashSet<>(declared.get(d));
                all.addAll(seen.get(d));
                values.add(new ArrayList<>(all));
            }
            return new AggregateTable(dimensions, values, cells);
        }

        private static String checked(String value) {
            if (value == null || value.isBlank() || ALL.equals(value)) {
                throw new IllegalArgumentException("a dimension value must be non-blank and not '" + ALL + "'");
            }
            return value;
        }
    }
}

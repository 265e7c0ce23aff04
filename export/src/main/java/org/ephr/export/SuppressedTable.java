package org.ephr.export;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A table after {@link Suppression}: what may be published. Hidden counts are not reachable from here, so a
 * format cannot write one by mistake.
 */
public final class SuppressedTable {

    private final AggregateTable table;
    private final BitSet primary;
    private final BitSet hidden;
    private final int threshold;

    SuppressedTable(AggregateTable table, BitSet primary, BitSet hidden, int threshold) {
        this.table = table;
        this.primary = primary;
        this.hidden = hidden;
        this.threshold = threshold;
    }

    public List<Dimension> dimensions() {
        return table.dimensions();
    }

    /** The values of dimension {@code d}, without {@link AggregateTable#ALL}. */
    public List<String> values(int d) {
        return table.values(d);
    }

    public int threshold() {
        return threshold;
    }

    /** Every cell and margin, the full cross-classification first and the grand total last. */
    public List<ReportCell> cells() {
        List<ReportCell> cells = new ArrayList<>(table.size());
        for (int index = 0; index < table.size(); index++) {
            cells.add(cell(index));
        }
        return cells;
    }

    /** A cell or margin by its values ({@link AggregateTable#ALL} where summed). */
    public ReportCell cell(List<String> key) {
        return cell(table.indexOf(key));
    }

    public ReportCell grandTotal() {
        return cell(table.size() - 1);
    }

    /** How many values are hidden: below the threshold, and in all. */
    public int primaryCount() {
        return primary.cardinality();
    }

    public int hiddenCount() {
        return hidden.cardinality();
    }

    private ReportCell cell(int index) {
        boolean isHidden = hidden.get(index);
        return new ReportCell(table.key(index), isHidden ? null : table.count(index), isHidden);
    }
}

package org.ephr.export;

import java.util.BitSet;

/**
 * Small-cell suppression with complementary suppression, over a table and all its margins.
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li><b>Primary suppression.</b> Every cell <em>or margin</em> whose count {@code c} satisfies
 *       {@code 0 < c < threshold} (default {@value #DEFAULT_THRESHOLD}) is hidden. Zeros are published: a zero says
 *       that nobody in the cell had the event, which points at no one (the practice of most statistical offices);
 *       a zero that must be hidden to protect a neighbour is hidden as a complement.
 *   <li><b>Lines.</b> A <em>line</em> is a margin together with the cells that add up to it along one dimension:
 *       in a 2-D table, a row with its row total, a column with its column total, and the row totals (or the
 *       column totals) with the grand total; in n dimensions, every margin along every dimension it sums over.
 *       Each line is a published equation {@code member_1 + ... + member_k = total}.
 *   <li><b>Complementary suppression, line by line.</b> A line with exactly one hidden value (a member or the
 *       total) gives it away by subtraction. While such a line exists, hide one more of its values, a published
 *       member chosen by, in order: fewest new exposed lines (a member whose other lines already have one hidden
 *       value closes them; one whose other lines have none opens them), then a non-zero count before a zero (a
 *       zero complement tells the attacker that the hidden pair adds up to the primary cell alone), then the
 *       smallest count. Only when every member is hidden is the total hidden. Repeat until every line has zero
 *       or at least two hidden values.
 *   <li><b>Complementary suppression, across lines.</b> Lines can combine: in a 2-D table, a hidden cell that is
 *       the only link between two protected blocks of hidden cells is the difference of their sums.
 *       {@link LinearDisclosure} solves the whole system of line equations exactly and names every hidden value
 *       that is determined; for each, one more value on one of its lines is hidden (chosen as in step 3), and step
 *       3 runs again. The method stops when no hidden value is determined, so no hidden cell can be recovered
 *       exactly from the published cells and margins, whichever lines are combined.
 * </ol>
 *
 * <p>Not covered: bounds on hidden cells (a hidden cell lies between 0 and its line's total minus the published
 * members, which can be narrow), differencing between two reports over overlapping periods or breakdowns, and
 * the choice of complements by least information loss (an optimisation problem; the smallest-cell rule is the
 * usual heuristic).
 */
public final class Suppression {

    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;

    public Suppression() {
        this(DEFAULT_THRESHOLD);
    }

    /** @param threshold counts from 1 to {@code threshold - 1} are hidden; 1 hides nothing */
    public Suppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1, got " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    public SuppressedTable apply(AggregateTable table) {
        BitSet primary = new BitSet(table.size());
        for (int cell = 0; cell < table.size(); cell++) {
            long count = table.count(cell);
            if (count > 0 && count < threshold) {
                primary.set(cell);
            }
        }
        BitSet hidden = (BitSet) primary.clone();
        while (true) {
            protectLines(table, hidden);
            BitSet disclosed = LinearDisclosure.disclosed(table, hidden);
            if (disclosed.isEmpty()) {
                break;
            }
            BitSet before = (BitSet) hidden.clone();
            for (int cell = disclosed.nextSetBit(0); cell >= 0; cell = disclosed.nextSetBit(cell + 1)) {
                int complement = complementOnLinesOf(table, hidden, cell);
                if (complement >= 0) {
                    hidden.set(complement);
                }
            }
            if (hidden.equals(before)) {
                // Cannot happen: a determined cell lies on a line with a published value. Fail safe all the same.
                hidden.set(0, table.size());
            }
        }
        return new SuppressedTable(table, primary, hidden, threshold);
    }

    /** Step 3: until every line has zero or at least two hidden values. */
    private static void protectLines(AggregateTable table, BitSet hidden) {
        int n = table.dimensions().size();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int total = 0; total < table.size(); total++) {
                for (int d = 0; d < n; d++) {
                    if (table.isTotal(total, d) && hiddenOnLine(table, hidden, total, d) == 1) {
                        hidden.set(complementOnLine(table, hidden, total, d));
                        changed = true;
                    }
                }
            }
        }
    }

    private static int hiddenOnLine(AggregateTable table, BitSet hidden, int total, int d) {
        int count = hidden.get(total) ? 1 : 0;
        for (int member : table.lineMembers(total, d)) {
            if (hidden.get(member)) {
                count++;
            }
        }
        return count;
    }

    /** The published value of the line to hide next, or -1 if all are hidden. */
    private static int complementOnLine(AggregateTable table, BitSet hidden, int total, int d) {
        int best = -1;
        int bestCost = 0;
        for (int member : table.lineMembers(total, d)) {
            if (hidden.get(member)) {
                continue;
            }
            int cost = cascadeCost(table, hidden, member, d);
            if (best < 0 || cost < bestCost || cost == bestCost && better(table, member, best)) {
                best = member;
                bestCost = cost;
            }
        }
        if (best < 0 && !hidden.get(total)) {
            best = total;
        }
        return best;
    }

    /**
     * How many of the candidate's other lines hiding it would leave with a single hidden value (they had none),
     * minus how many it would protect (they had exactly one): lower means fewer complements to follow.
     */
    private static int cascadeCost(AggregateTable table, BitSet hidden, int candidate, int alongDimension) {
        int cost = 0;
        for (int e = 0; e < table.dimensions().size(); e++) {
            if (e == alongDimension) {
                continue;
            }
            int total = table.isTotal(candidate, e) ? candidate : table.lineTotal(candidate, e);
            int already = hiddenOnLine(table, hidden, total, e);
            if (already == 0) {
                cost++;
            } else if (already == 1) {
                cost--;
            }
        }
        return cost;
    }

    /** Non-zero before zero, then smaller before larger. */
    private static boolean better(AggregateTable table, int candidate, int best) {
        long c = table.count(candidate);
        long b = table.count(best);
        if ((c == 0) != (b == 0)) {
            return c != 0;
        }
        return c < b;
    }

    private static int complementOnLinesOf(AggregateTable table, BitSet hidden, int cell) {
        int best = -1;
        for (int d = 0; d < table.dimensions().size(); d++) {
            int total = table.isTotal(cell, d) ? cell : table.lineTotal(cell, d);
            int candidate = complementOnLine(table, hidden, total, d);
            if (candidate >= 0 && (best < 0 || better(table, candidate, best))) {
                best = candidate;
            }
        }
        return best;
    }
}

package org.ephr.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final List<Dimension> DIMENSIONS =
            List.of(Dimension.PERIOD, Dimension.CONDITION, Dimension.SEX, Dimension.AGE_GROUP);

    @Test
    void randomTwoWayTablesWhenSuppressedThenEverySmallCellHiddenAndNothingRecoverable() {
        var random = new Random(20260207L);
        for (int run = 0; run < 3000; run++) {
            AggregateTable table = randomTable(random, 2, 7);
            int threshold = 2 + random.nextInt(9);
            assertProtected(table, new Suppression(threshold).apply(table), threshold);
        }
    }

    @Test
    void randomThreeAndFourWayTablesWhenSuppressedThenEverySmallCellHiddenAndNothingRecoverable() {
        var random = new Random(7L);
        for (int run = 0; run < 600; run++) {
            AggregateTable table = randomTable(random, run % 3 == 0 ? 4 : 3, 4);
            assertProtected(table, new Suppression().apply(table), Suppression.DEFAULT_THRESHOLD);
        }
    }

    @Test
    void zerosWhenNotNeededAsComplementsThenPublished() {
        AggregateTable table = table(new long[][] {{0, 20, 30}, {10, 0, 40}});

        SuppressedTable suppressed = new Suppression().apply(table);

        assertThat(suppressed.hiddenCount()).isZero();
        assertThat(suppressed.cell(List.of("r0", "c0")).count()).isZero();
    }

    @Test
    void singleSmallCellWhenSuppressedThenComplementIsSmallestNonZeroCellOfItsRowAndColumn() {
        AggregateTable table = table(new long[][] {{3, 0, 50, 40}, {20, 60, 70, 80}, {30, 90, 100, 110}});

        SuppressedTable suppressed = new Suppression().apply(table);

        assertThat(suppressed.cell(List.of("r0", "c0")).suppressed()).isTrue();
        // Row r0: 40 rather than the zero; column c0: 20; then 80 closes the rectangle.
        assertThat(suppressed.cell(List.of("r0", "c3")).suppressed()).isTrue();
        assertThat(suppressed.cell(List.of("r1", "c0")).suppressed()).isTrue();
        assertThat(suppressed.cell(List.of("r1", "c3")).suppressed()).isTrue();
        assertThat(suppressed.cell(List.of("r0", "c1")).suppressed()).isFalse();
        assertThat(suppressed.hiddenCount()).isEqualTo(4);
    }

    @Test
    void smallGrandTotalWhenSuppressedThenEveryNonZeroValueHidden() {
        AggregateTable table = table(new long[][] {{1, 0}, {2, 0}});

        SuppressedTable suppressed = new Suppression().apply(table);

        assertThat(suppressed.grandTotal().suppressed()).isTrue();
        assertThat(suppressed.cells())
                .filteredOn(cell -> !cell.suppressed())
                .allSatisfy(cell -> assertThat(cell.count()).isZero());
    }

    @Test
    void thresholdOneWhenAppliedThenNothingHidden() {
        AggregateTable table = table(new long[][] {{1, 2}, {3, 4}});

        assertThat(new Suppression(1).apply(table).hiddenCount()).isZero();
    }

    @Test
    void thresholdBelowOneWhenConstructedThenRejected() {
        assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attackerWhenOnlyPrimarySuppressionThenRecoversTheSmallCell() {
        AggregateTable table = table(new long[][] {{3, 50}, {20, 60}});
        var primary = new BitSet();
        primary.set(table.indexOf(List.of("r0", "c0")));

        var onlyPrimary = new SuppressedTable(table, primary, primary, 5);

        assertThat(Attacker.recover(onlyPrimary)).containsEntry(List.of("r0", "c0"), 3L);
    }

    @Test
    void bridgeBetweenTwoProtectedBlocksWhenCheckedThenDisclosed() {
        // Hidden cells form two 2x2 blocks (each row and column has two unknowns) joined by one cell: every line
        // has at least two unknowns, yet the joining cell is the difference of the blocks' row and column sums.
        AggregateTable table = table(new long[6][6]);
        var hidden = new BitSet();
        int[][] cells = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}, {0, 2}};
        for (int[] cell : cells) {
            hidden.set(table.indexOf(List.of("r" + cell[0], "c" + cell[1])));
        }

        BitSet disclosed = LinearDisclosure.disclosed(table, hidden);

        assertThat(disclosed.stream().boxed().toList()).containsExactly(table.indexOf(List.of("r0", "c2")));
        hidden.set(table.indexOf(List.of("r4", "c2")));
        hidden.set(table.indexOf(List.of("r4", "c4")));
        hidden.set(table.indexOf(List.of("r0", "c4")));
        assertThat(LinearDisclosure.disclosed(table, hidden).isEmpty()).isTrue();
    }

    private static void assertProtected(AggregateTable table, SuppressedTable suppressed, int threshold) {
        for (int index = 0; index < table.size(); index++) {
            ReportCell cell = suppressed.cell(table.key(index));
            long count = table.count(index);
            if (count > 0 && count < threshold) {
                assertThat(cell.suppressed()).as("small cell %s", cell.key()).isTrue();
            }
            if (!cell.suppressed()) {
                assertThat(cell.count()).isEqualTo(count);
            }
        }
        assertEveryLineHasNoneOrTwoHidden(suppressed);
        assertThat(Attacker.recover(suppressed)).as("recovered cells").isEmpty();
    }

    /** For every line with a published total, no hidden member or at least two. */
    private static void assertEveryLineHasNoneOrTwoHidden(SuppressedTable suppressed) {
        int n = suppressed.dimensions().size();
        for (ReportCell total : suppressed.cells()) {
            for (int d = 0; d < n; d++) {
                if (!AggregateTable.ALL.equals(total.key().get(d)) || total.suppressed()) {
                    continue;
                }
                int hiddenMembers = 0;
                for (String value : suppressed.values(d)) {
                    List<String> key = new ArrayList<>(total.key());
                    key.set(d, value);
                    if (suppressed.cell(key).suppressed()) {
                        hiddenMembers++;
                    }
                }
                assertThat(hiddenMembers)
                        .as("hidden on the line of %s along %s", total.key(), d)
                        .isNotEqualTo(1);
            }
        }
    }

    private static AggregateTable randomTable(Random random, int dimensions, int maxValues) {
        List<Dimension> chosen = DIMENSIONS.subList(0, dimensions);
        AggregateTable.Builder builder = AggregateTable.builder(chosen);
        List<List<String>> domains = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            List<String> values = new ArrayList<>();
            int size = 1 + random.nextInt(maxValues);
            for (int v = 0; v < size; v++) {
                values.add("v" + v);
            }
            builder.domain(chosen.get(d), values);
            domains.add(values);
        }
        int scale = random.nextInt(4);
        addCells(builder, domains, new ArrayList<>(), random, scale);
        return builder.build();
    }

    private static void addCells(
            AggregateTable.Builder builder, List<List<String>> domains, List<String> key, Random random, int scale) {
        if (key.size() == domains.size()) {
            long count =
                    switch (scale) {
                        case 0 -> random.nextInt(4) == 0 ? 0 : random.nextInt(8);
                        case 1 -> random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40);
                        case 2 -> random.nextInt(30);
                        default -> random.nextInt(6) == 0 ? 1 + random.nextInt(4) : 5 + random.nextInt(200);
                    };
            builder.add(key, count);
            return;
        }
        for (String value : domains.get(key.size())) {
            key.add(value);
            addCells(builder, domains, key, random, scale);
            key.remove(key.size() - 1);
        }
    }

    static AggregateTable table(long[][] counts) {
        AggregateTable.Builder builder = AggregateTable.builder(List.of(Dimension.PERIOD, Dimension.SEX));
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                builder.add(List.of("r" + r, "c" + c), counts[r][c]);
            }
        }
        return builder.build();
    }

    /**
     * An attacker who knows only what is published: each line (a margin and its members along one dimension) is
     * an equation; one with a single unknown gives it away, and what it gives away is used again, until nothing
     * changes.
     */
    static final class Attacker {

        static Map<List<String>, Long> recover(SuppressedTable published) {
            Map<List<String>, Long> known = new HashMap<>();
            List<List<String>> unknown = new ArrayList<>();
            for (ReportCell cell : published.cells()) {
                if (cell.suppressed()) {
                    unknown.add(cell.key());
                } else {
                    known.put(cell.key(), cell.count());
                }
            }
            Map<List<String>, Long> recovered = new HashMap<>();
            boolean progress = true;
            while (progress) {
                progress = false;
                for (ReportCell cell : published.cells()) {
                    for (int d = 0; d < cell.key().size(); d++) {
                        if (!AggregateTable.ALL.equals(cell.key().get(d))) {
                            continue;
                        }
                        List<List<String>> members = new ArrayList<>();
                        for (String value : published.values(d)) {
                            List<String> key = new ArrayList<>(cell.key());
                            key.set(d, value);
                            members.add(key);
                        }
                        List<String> missing = null;
                        int missingCount = 0;
                        long sum = 0;
                        for (List<String> member : members) {
                            if (known.containsKey(member)) {
                                sum += known.get(member);
                            } else {
                                missing = member;
                                missingCount++;
                            }
                        }
                        boolean totalKnown = known.containsKey(cell.key());
                        if (totalKnown && missingCount == 1) {
                            long value = known.get(cell.key()) - sum;
                            known.put(missing, value);
                            recovered.put(missing, value);
                            progress = true;
                        } else if (!totalKnown && missingCount == 0) {
                            known.put(cell.key(), sum);
                            recovered.put(cell.key(), sum);
                            progress = true;
                        }
                    }
                }
            }
            return recovered;
        }
    }
}

package org.ephr.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which hidden cells an attacker can compute exactly from what a table publishes. Every line of the lattice (a
 * margin and the cells that add up to it) is one linear equation; published values are constants, hidden ones
 * unknowns. A hidden cell is disclosed when its unit vector lies in the row space of the unknowns' coefficients,
 * which Gauss-Jordan elimination decides: it is disclosed if and only if some row of the reduced matrix has that
 * cell as its only non-zero entry. Independent groups of unknowns (connected through shared equations) are
 * eliminated separately.
 *
 * <p>The elimination runs modulo two primes near 2^31 (fast, overflow-free long arithmetic) and a cell counts as
 * disclosed if either says so. A cell determined over the rationals is found unless both primes divide a minor of
 * the system's coefficients (0 and ±1 entries), which does not happen at these table sizes; the opposite error,
 * a cell flagged that is not determined, only costs one more hidden cell.
 *
 * <p>This is stronger than the one-line check (a line with a single unknown): it also finds cells given away by a
 * combination of lines, such as a cell that is a bridge between two otherwise protected blocks of a 2-D table. It
 * does not consider bounds (counts are non-negative), only exact values.
 */
final class LinearDisclosure {

    /** Two primes below 2^31, so that products fit in a long. */
    private static final long[] PRIMES = {2_147_483_647L, 2_147_483_629L};

    private LinearDisclosure() {}

    /** The hidden cells whose value follows exactly from the published ones. */
    static BitSet disclosed(AggregateTable table, BitSet hidden) {
        List<int[]> equations = equations(table, hidden);
        BitSet disclosed = new BitSet();
        for (List<int[]> component : components(equations)) {
            eliminate(component, disclosed);
        }
        return disclosed;
    }

    /** For each line with at least one hidden cell: its hidden members, then its hidden total negated (~index). */
    private static List<int[]> equations(AggregateTable table, BitSet hidden) {
        Set<Long> lines = new HashSet<>();
        int n = table.dimensions().size();
        for (int cell = hidden.nextSetBit(0); cell >= 0; cell = hidden.nextSetBit(cell + 1)) {
            for (int d = 0; d < n; d++) {
                int total = table.isTotal(cell, d) ? cell : table.lineTotal(cell, d);
                lines.add((long) total * n + d);
            }
        }
        List<int[]> equations = new ArrayList<>();
        for (long line : lines) {
            int total = (int) (line / n);
            int d = (int) (line % n);
            List<Integer> unknowns = new ArrayList<>();
            for (int member : table.lineMembers(total, d)) {
                if (hidden.get(member)) {
                    unknowns.add(member);
                }
            }
            if (hidden.get(total)) {
                unknowns.add(~total);
            }
            equations.add(unknowns.stream().mapToInt(Integer::intValue).toArray());
        }
        return equations;
    }

    private static int cellOf(int term) {
        return term < 0 ? ~term : term;
    }

    private static List<List<int[]>> components(List<int[]> equations) {
        Map<Integer, List<Integer>> byCell = new HashMap<>();
        for (int e = 0; e < equations.size(); e++) {
            for (int term : equations.get(e)) {
                byCell.computeIfAbsent(cellOf(term), k -> new ArrayList<>()).add(e);
            }
        }
        boolean[] visited = new boolean[equations.size()];
        List<List<int[]>> components = new ArrayList<>();
        for (int start = 0; start < equations.size(); start++) {
            if (visited[start]) {
                continue;
            }
            List<int[]> component = new ArrayList<>();
            var queue = new ArrayDeque<Integer>();
            queue.add(start);
            visited[start] = true;
            while (!queue.isEmpty()) {
                int[] equation = equations.get(queue.poll());
                component.add(equation);
                for (int term : equation) {
                    for (int next : byCell.get(cellOf(term))) {
                        if (!visited[next]) {
                            visited[next] = true;
                            queue.add(next);
                        }
                    }
                }
            }
            components.add(component);
        }
        return components;
    }

    private static void eliminate(List<int[]> equations, BitSet disclosed) {
        Map<Integer, Integer> column = new HashMap<>();
        List<Integer> cells = new ArrayList<>();
        for (int[] equation : equations) {
            for (int term : equation) {
                if (column.putIfAbsent(cellOf(term), cells.size()) == null) {
                    cells.add(cellOf(term));
                }
            }
        }
        for (long prime : PRIMES) {
            for (int only : unitRows(equations, column, cells.size(), prime)) {
                disclosed.set(cells.get(only));
            }
        }
    }

    /**
     * Gauss-Jordan elimination modulo a prime, one equation at a time against a fully reduced basis; returns the
     * columns that some basis row has as its only non-zero entry.
     */
    private static List<Integer> unitRows(List<int[]> equations, Map<Integer, Integer> column, int width, long p) {
        List<long[]> basis = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        long[] pivotOfColumn = new long[width];
        Arrays.fill(pivotOfColumn, -1);
        for (int[] equation : equations) {
            long[] row = new long[width];
            for (int term : equation) {
                row[column.get(cellOf(term))] = term < 0 ? p - 1 : 1;
            }
            for (int b = 0; b < basis.size(); b++) {
                long factor = row[pivots.get(b)];
                if (factor != 0) {
                    subtract(row, basis.get(b), factor, p);
                }
            }
            int pivot = -1;
            for (int c = 0; c < width && pivot < 0; c++) {
                if (row[c] != 0) {
                    pivot = c;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long inverse = power(row[pivot], p - 2, p);
            for (int c = 0; c < width; c++) {
                row[c] = row[c] * inverse % p;
            }
            for (long[] other : basis) {
                if (other[pivot] != 0) {
                    subtract(other, row, other[pivot], p);
                }
            }
            basis.add(row);
            pivots.add(pivot);
        }
        List<Integer> units = new ArrayList<>();
        for (long[] row : basis) {
            int only = -1;
            int nonZero = 0;
            for (int c = 0; c < width && nonZero < 2; c++) {
                if (row[c] != 0) {
                    only = c;
                    nonZero++;
                }
            }
            if (nonZero == 1) {
                units.add(only);
            }
        }
        return units;
    }

    /** {@code row -= factor * pivotRow (mod p)}. */
    private static void subtract(long[] row, long[] pivotRow, long factor, long p) {
        for (int c = 0; c < row.length; c++) {
            if (pivotRow[c] != 0) {
                row[c] = Math.floorMod(row[c] - factor * pivotRow[c] % p, p);
            }
        }
    }

    private static long power(long base, long exponent, long p) {
        long result = 1;
        long b = base % p;
        for (long e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result * b % p;
            }
            b = b * b % p;
        }
        return result;
    }
}

package org.ephr.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The random choices behind one person. java.util.Random is used on purpose: its algorithm is specified, so a
 * seed gives the same population on every JVM.
 */
final class Draws {
    private final Random random;

    Draws(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number in [min, max], both inclusive. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    double normal(double mean, double standardDeviation, double min, double max) {
        double value = mean + random.nextGaussian() * standardDeviation;
        return Math.max(min, Math.min(max, value));
    }

    /** Shuffles a copy, so the caller's list (often immutable) is left alone. */
    <T> List<T> shuffled(List<T> options) {
        List<T> copy = new ArrayList<>(options);
        Collections.shuffle(copy, random);
        return copy;
    }
}

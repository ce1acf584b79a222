package vn.dangvu.logic.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Picks items with given relative weights (demo data). */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("items and weights");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("no weight");
        }
    }

    static <T> Weighted<T> of(List<T> items, double[] weights) {
        return new Weighted<>(items, weights);
    }

    /** Equal weights. */
    static <T> Weighted<T> uniform(List<T> items) {
        double[] weights = new double[items.size()];
        Arrays.fill(weights, 1);
        return new Weighted<>(items, weights);
    }

    /** Alternating item, weight, item, weight... */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> pairs(Object... itemsAndWeights) {
        List<T> items = new ArrayList<>();
        double[] weights = new double[itemsAndWeights.length / 2];
        for (int i = 0; i < itemsAndWeights.length; i += 2) {
            items.add((T) itemsAndWeights[i]);
            weights[i / 2] = ((Number) itemsAndWeights[i + 1]).doubleValue();
        }
        return new Weighted<>(items, weights);
    }

    /** Weights falling along the list: the first items are the most common. */
    static <T> Weighted<T> falling(List<T> items, double ratioOfLastToFirst) {
        double[] weights = new double[items.size()];
        for (int i = 0; i < weights.length; i++) {
            double position = weights.length == 1 ? 0 : (double) i / (weights.length - 1);
            weights[i] = Math.pow(ratioOfLastToFirst, position);
        }
        return new Weighted<>(items, weights);
    }

    T pick(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) { // the first item whose cumulative weight is above x
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return items.get(low);
    }

    List<T> items() {
        return items;
    }
}

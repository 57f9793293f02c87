package dev.foresight.models.drift;

import java.util.Arrays;

/**
 * How a reference population spreads over bins: {@code edges} split the line into {@code edges.length + 1} bins
 * ({@code x <= edges[0]}, then {@code edges[i-1] < x <= edges[i]}, then above the last), {@code shares} is the
 * reference's share in each. Edges are the reference's deciles, merged where values repeat (a count that is mostly
 * 0 gets one bin for 0).
 */
public record Distribution(double[] edges, double[] shares) {

    static final int BINS = 10;
    // An empty bin would make PSI infinite; this is the share assumed instead (the usual practice)
    private static final double FLOOR = 1e-4;

    public Distribution {
        if (shares.length != edges.length + 1) {
            throw new IllegalArgumentException(edges.length + " edges need " + (edges.length + 1) + " shares");
        }
    }

    /** Decile bins of {@code values} and their shares. */
    public static Distribution of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a reference needs values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] edges = new double[BINS - 1];
        int distinct = 0;
        for (int q = 1; q < BINS; q++) {
            double edge = sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length / (double) BINS) - 1)];
            if (distinct == 0 || edge > edges[distinct - 1]) {
                edges[distinct++] = edge;
            }
        }
        edges = Arrays.copyOf(edges, distinct);
        if (edges[edges.length - 1] >= sorted[sorted.length - 1]) {
            edges = Arrays.copyOf(edges, edges.length - 1); // the top bin would be empty by construction
        }
        long[] counts = new long[edges.length + 1];
        for (double v : values) {
            counts[bin(edges, v)]++;
        }
        return new Distribution(edges, shares(counts));
    }

    public int bins() {
        return shares.length;
    }

    /** The bin {@code value} falls in. */
    public int bin(double value) {
        return bin(edges, value);
    }

    private static int bin(double[] edges, double value) {
        int i = Arrays.binarySearch(edges, value);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Population stability index of a population counted in these bins: sum of (actual − expected) × ln(actual /
     * expected) over the bins. Below 0.1 is usually read as stable, above 0.25 as a significant shift.
     */
    public double psi(long[] counts) {
        double[] actual = shares(counts);
        double psi = 0;
        for (int i = 0; i < actual.length; i++) {
            double a = Math.max(FLOOR, actual[i]);
            double e = Math.max(FLOOR, shares[i]);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    private static double[] shares(long[] counts) {
        long total = Arrays.stream(counts).sum();
        return Arrays.stream(counts).mapToDouble(c -> total == 0 ? 0 : c / (double) total).toArray();
    }
}

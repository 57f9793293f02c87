package dev.foresight.training.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Standard measures of a probability forecast against binary outcomes. */
public final class BinaryMetrics {

    private static final double EPS = 1e-15;

    private BinaryMetrics() {
    }

    public static Metrics of(double[] probability, boolean[] outcome) {
        if (probability.length != outcome.length || probability.length == 0) {
            throw new IllegalArgumentException("need the same positive number of scores and outcomes");
        }
        return new Metrics(rocAuc(probability, outcome), prAuc(probability, outcome), logLoss(probability, outcome),
                brier(probability, outcome), liftTopDecile(probability, outcome), outcome.length,
                positiveRate(outcome), calibration(probability, outcome, 10));
    }

    /** Area under the ROC curve via the rank-sum (Mann-Whitney) statistic, ties counted half. */
    public static double rocAuc(double[] score, boolean[] outcome) {
        int n = score.length;
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> score[i])).toArray(Integer[]::new);
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (outcome[order[k]]) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Average precision: the area under the precision-recall curve as a step function. */
    public static double prAuc(double[] score, boolean[] outcome) {
        Integer[] order = IntStream.range(0, score.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> score[i]).reversed()).toArray(Integer[]::new);
        long positives = IntStream.range(0, outcome.length).filter(i -> outcome[i]).count();
        if (positives == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long truePositives = 0;
        for (int k = 0; k < order.length; k++) {
            if (outcome[order[k]]) {
                truePositives++;
                sum += truePositives / (double) (k + 1);
            }
        }
        return sum / positives;
    }

    public static double logLoss(double[] p, boolean[] outcome) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
            sum -= outcome[i] ? Math.log(q) : Math.log(1 - q);
        }
        return sum / p.length;
    }

    public static double brier(double[] p, boolean[] outcome) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - (outcome[i] ? 1 : 0);
            sum += d * d;
        }
        return sum / p.length;
    }

    /** Positive rate among the 10 % highest scores divided by the overall positive rate. */
    public static double liftTopDecile(double[] score, boolean[] outcome) {
        Integer[] order = IntStream.range(0, score.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> score[i]).reversed()).toArray(Integer[]::new);
        int top = Math.max(1, score.length / 10);
        long hits = Arrays.stream(order, 0, top).filter(i -> outcome[i]).count();
        double base = positiveRate(outcome);
        return base == 0 ? Double.NaN : (hits / (double) top) / base;
    }

    /** Predicted against observed positive rate in equal-width probability bins (empty bins left out). */
    public static List<CalibrationBin> calibration(double[] p, boolean[] outcome, int bins) {
        double[] predicted = new double[bins];
        long[] positives = new long[bins];
        long[] counts = new long[bins];
        for (int i = 0; i < p.length; i++) {
            int bin = Math.min(bins - 1, (int) (p[i] * bins));
            predicted[bin] += p[i];
            positives[bin] += outcome[i] ? 1 : 0;
            counts[bin]++;
        }
        List<CalibrationBin> table = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (counts[b] > 0) {
                table.add(new CalibrationBin(b / (double) bins, (b + 1) / (double) bins, predicted[b] / counts[b],
                        positives[b] / (double) counts[b], counts[b]));
            }
        }
        return table;
    }

    private static double positiveRate(boolean[] outcome) {
        long positives = IntStream.range(0, outcome.length).filter(i -> outcome[i]).count();
        return positives / (double) outcome.length;
    }

    public record Metrics(double rocAuc, double prAuc, double logLoss, double brier, double liftTopDecile, long rows,
                          double positiveRate, List<CalibrationBin> calibration) {
    }

    public record CalibrationBin(double from, double to, double meanPredicted, double observedRate, long count) {
    }
}

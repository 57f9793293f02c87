package dev.foresight.training.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A scorer's hold-out curves, thinned to at most {@value #POINTS} + 1 points each so a report stays small:
 * ROC (false against true positive rate), precision-recall, and cumulative gains (share of customers contacted,
 * highest scores first, against share of positives reached; lift is their ratio).
 */
public record Curves(List<double[]> roc, List<double[]> precisionRecall, List<double[]> gains) {

    static final int POINTS = 100;

    public static Curves of(double[] score, boolean[] outcome) {
        Integer[] order = IntStream.range(0, score.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> score[i]).reversed()).toArray(Integer[]::new);
        long positives = IntStream.range(0, outcome.length).filter(i -> outcome[i]).count();
        long negatives = outcome.length - positives;
        List<double[]> roc = new ArrayList<>(List.of(new double[] {0, 0}));
        List<double[]> pr = new ArrayList<>();
        List<double[]> gains = new ArrayList<>(List.of(new double[] {0, 0}));
        int step = Math.max(1, order.length / POINTS);
        long tp = 0;
        for (int k = 0; k < order.length; k++) {
            tp += outcome[order[k]] ? 1 : 0;
            boolean tieContinues = k + 1 < order.length && score[order[k + 1]] == score[order[k]];
            if (!tieContinues && ((k + 1) % step == 0 || k + 1 == order.length)) {
                long fp = k + 1 - tp;
                double recall = positives == 0 ? 0 : tp / (double) positives;
                roc.add(new double[] {negatives == 0 ? 0 : fp / (double) negatives, recall});
                pr.add(new double[] {recall, tp / (double) (k + 1)});
                gains.add(new double[] {(k + 1) / (double) order.length, recall});
            }
        }
        return new Curves(roc, pr, gains);
    }

    /**
     * Lift when the highest-scored {@code share} of customers is contacted: the share of positives reached there
     * divided by {@code share}, read at the first gains point that covers it.
     */
    public double liftAt(double share) {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("share must be in (0, 1], was " + share);
        }
        return gains.stream().filter(p -> p[0] >= share).findFirst().map(p -> p[1] / p[0]).orElseThrow();
    }
}

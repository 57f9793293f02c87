package dev.foresight.training.records;

import dev.foresight.models.RecordEncoding;
import dev.foresight.training.evaluate.BinaryMetrics;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well each field predicts the outcome on its own, measured out of fold: a field's value (a category, or a
 * number's decile, or "missing") is scored with the outcome rate of that value in the other folds. A field that
 * alone almost decides the outcome is usually filled in after it (a call's duration, a lost-reason), so the trainer
 * excludes it unless the user insists; the strongest honest field is also the baseline every model must beat.
 */
final class LeakageGuard {

    private static final int BUCKETS = 10;

    private LeakageGuard() {
    }

    /** Out-of-fold ROC AUC of one field, oriented so 0.5 is useless and 1 is perfect. */
    static double singleFieldAuc(FieldProfile field, List<Map<String, String>> rows, boolean[] outcome, Folds folds,
                                 RecordEncoding missing) {
        String[] keys = keys(field, rows, missing);
        double prior = positives(outcome) / (double) outcome.length;
        double[] score = new double[rows.size()];
        for (int k = 0; k < folds.count(); k++) {
            Map<String, double[]> counts = new HashMap<>();
            for (int i : folds.training(k)) {
                double[] c = counts.computeIfAbsent(keys[i], key -> new double[2]);
                c[0] += outcome[i] ? 1 : 0;
                c[1]++;
            }
            for (int i : folds.testing(k)) {
                double[] c = counts.getOrDefault(keys[i], new double[2]);
                score[i] = (c[0] + prior) / (c[1] + 1);
            }
        }
        double auc = BinaryMetrics.rocAuc(score, outcome);
        return Double.isNaN(auc) ? 0.5 : Math.max(auc, 1 - auc);
    }

    private static String[] keys(FieldProfile field, List<Map<String, String>> rows, RecordEncoding missing) {
        String[] keys = new String[rows.size()];
        double[] edges = field.kind() == FieldProfile.Kind.NUMBER ? decileEdges(field.field(), rows, missing) : null;
        for (int i = 0; i < keys.length; i++) {
            String value = rows.get(i).get(field.field());
            Double number = missing.isMissing(value) ? null : RecordEncoding.parseNumber(value);
            if (missing.isMissing(value) || edges != null && number == null) {
                keys[i] = "\u0000missing";
            } else {
                keys[i] = edges == null ? RecordEncoding.normalise(value) : Integer.toString(bucket(edges, number));
            }
        }
        return keys;
    }

    private static double[] decileEdges(String field, List<Map<String, String>> rows, RecordEncoding missing) {
        double[] values = rows.stream().map(r -> r.get(field)).filter(v -> !missing.isMissing(v))
                .map(RecordEncoding::parseNumber).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue)
                .sorted().toArray();
        double[] edges = new double[BUCKETS - 1];
        for (int b = 1; b < BUCKETS; b++) {
            edges[b - 1] = values.length == 0 ? 0 : values[Math.min(values.length - 1, b * values.length / BUCKETS)];
        }
        return Arrays.stream(edges).distinct().toArray();
    }

    private static int bucket(double[] edges, double value) {
        int at = Arrays.binarySearch(edges, value);
        return at >= 0 ? at + 1 : -at - 1;
    }

    private static long positives(boolean[] outcome) {
        long count = 0;
        for (boolean b : outcome) {
            count += b ? 1 : 0;
        }
        return count;
    }
}

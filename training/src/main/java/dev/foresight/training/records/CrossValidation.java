package dev.foresight.training.records;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.models.scoring.ScoringModel;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.evaluate.BinaryMetrics;
import dev.foresight.training.train.Algorithm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-validates every {@link Algorithm} on the same folds: per fold the preparator is fitted and the model
 * trained on the other folds only, then the fold's records are scored. Every record thus gets one out-of-fold
 * probability per algorithm, which the evaluation and the final model's calibration use.
 */
final class CrossValidation {

    private static final Logger log = LoggerFactory.getLogger(CrossValidation.class);

    private CrossValidation() {
    }

    /** Out-of-fold (uncalibrated) probabilities of one algorithm, and its ROC AUC in each fold. */
    record Result(double[] outOfFold, double[] foldAuc) {
        double meanAuc() {
            return java.util.Arrays.stream(foldAuc).average().orElse(Double.NaN);
        }
    }

    static Map<Algorithm, Result> run(String target, RecordPreparator preparator, List<Map<String, String>> rows,
                                      boolean[] outcome, Folds folds, TrainingProperties.Xgboost parameters) {
        Map<Algorithm, Result> results = new EnumMap<>(Algorithm.class);
        for (Algorithm algorithm : Algorithm.values()) {
            results.put(algorithm, new Result(new double[rows.size()], new double[folds.count()]));
        }
        for (int k = 0; k < folds.count(); k++) {
            int[] train = folds.training(k);
            int[] test = folds.testing(k);
            FeatureManifest manifest = preparator.fit(select(rows, train));
            List<Map<String, Double>> trainRows = encode(manifest, rows, train);
            List<Map<String, Double>> testRows = encode(manifest, rows, test);
            boolean[] trainOutcome = select(outcome, train);
            boolean[] testOutcome = select(outcome, test);
            for (Algorithm algorithm : Algorithm.values()) {
                var model = new ScoringModel(algorithm.fit(parameters, manifest.names(), trainRows, trainOutcome,
                        target + " fold " + (k + 1)), PlattCalibration.IDENTITY, manifest);
                double[] probabilities = model.probabilities(testRows);
                Result result = results.get(algorithm);
                for (int i = 0; i < test.length; i++) {
                    result.outOfFold()[test[i]] = probabilities[i];
                }
                result.foldAuc()[k] = BinaryMetrics.rocAuc(probabilities, testOutcome);
            }
            int fold = k;
            log.info("{}: fold {}/{} done ({} features): {}", target, k + 1, folds.count(), manifest.features().size(),
                    results.entrySet().stream().map(e -> e.getKey() + " AUC " + String.format("%.4f", e.getValue().foldAuc()[fold]))
                            .toList());
        }
        return results;
    }

    static List<Map<String, Double>> encode(FeatureManifest manifest, List<Map<String, String>> rows, int[] indices) {
        List<Map<String, Double>> encoded = new ArrayList<>(indices.length);
        for (int i : indices) {
            encoded.add(manifest.recordEncoding().encode(rows.get(i), false));
        }
        return encoded;
    }

    static List<Map<String, String>> select(List<Map<String, String>> rows, int[] indices) {
        List<Map<String, String>> selected = new ArrayList<>(indices.length);
        for (int i : indices) {
            selected.add(rows.get(i));
        }
        return selected;
    }

    private static boolean[] select(boolean[] values, int[] indices) {
        boolean[] selected = new boolean[indices.length];
        for (int i = 0; i < indices.length; i++) {
            selected[i] = values[indices[i]];
        }
        return selected;
    }
}

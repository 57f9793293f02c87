package dev.foresight.training.records;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.models.scoring.ScoringModel;
import dev.foresight.training.evaluate.BinaryMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nested cross-validation of the candidates on the same stratified folds. In each outer fold the preparator is
 * fitted and every candidate trained on the other folds only, then the fold's records are scored; which candidate
 * that fold's "choose, then train" procedure would pick is decided on an inner split of the training folds alone.
 * So every record gets one out-of-fold probability per candidate, and one from the whole procedure, whose ROC AUC
 * is the honest estimate of the published model: the choice never saw the records it is measured on.
 */
final class CrossValidation {

    private static final Logger log = LoggerFactory.getLogger(CrossValidation.class);
    /** The inner split keeps 1 of this many parts of the training folds for choosing. */
    private static final int INNER_PARTS = 4;

    private CrossValidation() {
    }

    /** Out-of-fold (uncalibrated) probabilities and the ROC AUC in each fold. */
    record Result(double[] outOfFold, double[] foldAuc) {
        double meanAuc() {
            return Arrays.stream(foldAuc).average().orElse(Double.NaN);
        }
    }

    /** Every candidate's result, the procedure's result, and which candidate the procedure picked in each fold. */
    record Results(Map<ModelCandidate, Result> candidates, Result procedure, List<String> picks) {

        /** The candidate with the best mean fold ROC AUC: the one the final model is trained with. */
        ModelCandidate best() {
            return candidates.entrySet().stream()
                    .max(Map.Entry.comparingByValue(java.util.Comparator.comparingDouble(Result::meanAuc)))
                    .orElseThrow().getKey();
        }
    }

    static Results run(String target, RecordPreparator preparator, List<Map<String, String>> rows, boolean[] outcome,
                       Folds folds, List<ModelCandidate> candidates, long seed) {
        Map<ModelCandidate, Result> results = new LinkedHashMap<>();
        candidates.forEach(c -> results.put(c, new Result(new double[rows.size()], new double[folds.count()])));
        Result procedure = new Result(new double[rows.size()], new double[folds.count()]);
        List<String> picks = new ArrayList<>();
        for (int k = 0; k < folds.count(); k++) {
            long started = System.nanoTime();
            int[] train = folds.training(k);
            int[] test = folds.testing(k);
            ModelCandidate pick = choose(target, preparator, rows, outcome, train, candidates, seed + k);
            picks.add(pick.name());
            FeatureManifest manifest = preparator.fit(select(rows, train));
            List<Map<String, Double>> trainRows = encode(manifest, rows, train);
            List<Map<String, Double>> testRows = encode(manifest, rows, test);
            boolean[] testOutcome = select(outcome, test);
            for (ModelCandidate candidate : candidates) {
                double[] probabilities = fitAndScore(target, candidate, manifest, trainRows, select(outcome, train), testRows);
                store(results.get(candidate), k, test, probabilities, testOutcome);
                if (candidate == pick) {
                    store(procedure, k, test, probabilities, testOutcome);
                }
            }
            log.info("{}: fold {}/{} in {} s, {} features; chosen on the inner split: {}, ROC AUC {}", target, k + 1,
                    folds.count(), (System.nanoTime() - started) / 1_000_000_000, manifest.features().size(),
                    pick.name(), String.format("%.4f", procedure.foldAuc()[k]));
        }
        return new Results(results, procedure, picks);
    }

    /** The candidate best on an inner split of {@code train}: what the procedure would publish from these rows. */
    private static ModelCandidate choose(String target, RecordPreparator preparator, List<Map<String, String>> rows,
                                         boolean[] outcome, int[] train, List<ModelCandidate> candidates, long seed) {
        boolean[] trainOutcome = select(outcome, train);
        Folds inner = Folds.stratified(trainOutcome, INNER_PARTS, seed);
        int[] fit = pick(train, inner.training(0));
        int[] validate = pick(train, inner.testing(0));
        FeatureManifest manifest = preparator.fit(select(rows, fit));
        List<Map<String, Double>> fitRows = encode(manifest, rows, fit);
        List<Map<String, Double>> validateRows = encode(manifest, rows, validate);
        ModelCandidate best = null;
        double bestAuc = Double.NEGATIVE_INFINITY;
        for (ModelCandidate candidate : candidates) {
            double auc = BinaryMetrics.rocAuc(fitAndScore(target, candidate, manifest, fitRows, select(outcome, fit),
                    validateRows), select(outcome, validate));
            if (auc > bestAuc) {
                best = candidate;
                bestAuc = auc;
            }
        }
        return best;
    }

    private static double[] fitAndScore(String target, ModelCandidate candidate, FeatureManifest manifest,
                                        List<Map<String, Double>> trainRows, boolean[] trainOutcome,
                                        List<Map<String, Double>> scoreRows) {
        var model = new ScoringModel(candidate.algorithm().fit(candidate.parameters(), manifest.names(), trainRows,
                trainOutcome, target + " cross-validation"), PlattCalibration.IDENTITY, manifest);
        return model.probabilities(scoreRows);
    }

    private static void store(Result result, int fold, int[] test, double[] probabilities, boolean[] testOutcome) {
        for (int i = 0; i < test.length; i++) {
            result.outOfFold()[test[i]] = probabilities[i];
        }
        result.foldAuc()[fold] = BinaryMetrics.rocAuc(probabilities, testOutcome);
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

    /** {@code positions} of {@code indices}: from positions within a subset back to table rows. */
    private static int[] pick(int[] indices, int[] positions) {
        int[] picked = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            picked[i] = indices[positions[i]];
        }
        return picked;
    }
}

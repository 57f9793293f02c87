package dev.foresight.benchmarks;

import dev.foresight.models.FeatureManifest;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.train.Algorithm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * One gradient-boosted model on {@code rows} × 50 features with the production XGBoost settings, trained through
 * Foresight's learner (rows as the job holds them → Tribuo dataset → XGBoost) and through the raw XGBoost API on
 * the same values in a float matrix with the same parameters: the difference is the wrapper's overhead. Tribuo
 * trains a two-class softmax (a tree per class and round); the raw binary objective is printed as well.
 */
final class TrainingBenchmark {

    private static final int FEATURES = 50;
    private static final double TARGET_SECONDS = 30;
    private static final TrainingProperties.Xgboost PARAMETERS = new TrainingProperties.Xgboost(400, 0.02, 3, 50, 0.8, 0.8, 42);

    void run(Report report, int rows) throws XGBoostError {
        List<String> names = names();
        System.out.printf(Locale.ROOT, "benchmark: drawing %,d rows × %d features%n", rows, names.size());
        var manifest = new FeatureManifest("benchmark", names.stream()
                .map(n -> new FeatureManifest.FeatureColumn(n, "double", n)).toList());
        List<Map<String, Double>> features = BenchmarkFixture.rows(manifest, rows, 7);
        boolean[] outcome = outcomes(features);

        long started = System.nanoTime();
        Algorithm.XGBOOST.fit(PARAMETERS, names, features, outcome, "benchmark");
        double wrapper = seconds(started);
        System.out.printf(Locale.ROOT, "benchmark: Foresight's XGBoost learner: %.1f s%n", wrapper);

        float[] matrix = matrix(features, names);
        features = null; // the raw runs get the heap the wrapper's rows held
        System.gc();
        double softprob = raw(matrix, rows, names.size(), outcome, "multi:softprob");
        double binary = raw(matrix, rows, names.size(), outcome, "binary:logistic");
        System.out.printf(Locale.ROOT, "benchmark: raw XGBoost, same objective (two-class softmax) %.1f s; "
                + "binary:logistic (one tree per round) %.1f s%n", softprob, binary);
        report.add(String.format(Locale.ROOT, "training XGBoost, %,d rows × %d features, 400 rounds", rows, names.size()),
                wrapper, "s", "raw XGBoost API, same data and parameters", softprob, "≤ 30 s", wrapper <= TARGET_SECONDS);
    }

    /** Seconds to build the DMatrix from the float matrix and train 400 rounds. */
    private static double raw(float[] matrix, int rows, int columns, boolean[] outcome, String objective)
            throws XGBoostError {
        long started = System.nanoTime();
        var train = new DMatrix(matrix, rows, columns, Float.NaN);
        float[] labels = new float[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = outcome[i] ? 1 : 0;
        }
        train.setLabel(labels);
        Map<String, Object> params = new HashMap<>(Map.of("booster", "gbtree", "tree_method", "hist",
                "eta", PARAMETERS.eta(), "gamma", 0.0, "max_depth", PARAMETERS.maxDepth(),
                "min_child_weight", PARAMETERS.minChildWeight(), "subsample", PARAMETERS.subsample(),
                "colsample_bytree", PARAMETERS.featureSubsample(), "lambda", 1.0, "alpha", 0.0));
        params.put("nthread", Math.max(1, Runtime.getRuntime().availableProcessors()));
        params.put("seed", PARAMETERS.seed());
        params.put("verbosity", 0);
        params.put("objective", objective);
        if (objective.startsWith("multi:")) {
            params.put("num_class", 2);
        }
        XGBoost.train(train, params, PARAMETERS.trees(), Map.of(), null, null).dispose();
        train.dispose();
        return seconds(started);
    }

    /** The features the churn formula uses, then the demo catalog's others up to 50. */
    private static List<String> names() {
        Set<String> names = new LinkedHashSet<>(List.of("days_since_login", "count_login_30d", "count_support_ticket_90d"));
        for (String name : BenchmarkFixture.demoManifest().names()) {
            if (names.size() < FEATURES) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private static boolean[] outcomes(List<Map<String, Double>> rows) {
        var random = new SplittableRandom(11);
        boolean[] outcome = new boolean[rows.size()];
        for (int i = 0; i < outcome.length; i++) {
            Map<String, Double> r = rows.get(i);
            double z = r.get("days_since_login") / 20 - r.get("count_login_30d") / 8 + r.get("count_support_ticket_90d") / 2 - 1.5;
            outcome[i] = random.nextDouble() < 1 / (1 + Math.exp(-z));
        }
        return outcome;
    }

    private static float[] matrix(List<Map<String, Double>> rows, List<String> names) {
        float[] matrix = new float[rows.size() * names.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int f = 0; f < names.size(); f++) {
                matrix[i * names.size() + f] = rows.get(i).get(names.get(f)).floatValue();
            }
        }
        return matrix;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}

package dev.foresight.training.records;

import dev.foresight.training.TrainingProperties;
import dev.foresight.training.train.Algorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One learner with its settings. Record tables differ far more than the interaction history's feature tables (a few
 * thousand rows of strong fields, or tens of thousands of weak ones), so a record target tries a small set of
 * boosted-tree settings next to logistic regression and lets validation data choose.
 */
record ModelCandidate(String name, Algorithm algorithm, TrainingProperties.Xgboost parameters) {

    /**
     * The configured XGBoost settings ({@code foresight.training.xgboost}: shallow, slow, large leaves), two
     * settings that fit more closely (small leaves with half the fields per tree; deeper trees), and logistic
     * regression.
     */
    static List<ModelCandidate> defaults(TrainingProperties.Xgboost configured) {
        List<ModelCandidate> candidates = new ArrayList<>();
        candidates.add(xgboost(configured));
        candidates.add(xgboost(new TrainingProperties.Xgboost(600, 0.05, 3, 1, 1.0, 0.5, configured.seed())));
        candidates.add(xgboost(new TrainingProperties.Xgboost(400, 0.05, 4, 5, 0.8, 0.8, configured.seed())));
        candidates.add(new ModelCandidate("LOGISTIC_REGRESSION", Algorithm.LOGISTIC_REGRESSION, configured));
        return List.copyOf(candidates);
    }

    private static ModelCandidate xgboost(TrainingProperties.Xgboost p) {
        return new ModelCandidate(String.format(Locale.ROOT,
                "XGBOOST %d trees, depth %d, eta %s, min child weight %s, rows %s, features %s", p.trees(), p.maxDepth(),
                p.eta(), p.minChildWeight(), p.subsample(), p.featureSubsample()), Algorithm.XGBOOST, p);
    }
}

package dev.foresight.models.scoring;

import dev.foresight.models.FeatureManifest;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.transform.TransformedModel;

/**
 * A trained model ready to score: the Tribuo model compiled to plain arrays ({@link CompiledModel}), its
 * calibration and the feature manifest it expects. Immutable and thread-safe, so one instance serves all requests.
 */
public final class ScoringModel {

    /** Largest log-odds gap tolerated between the compiled model and Tribuo on the load-time check. */
    static final double AGREEMENT = 1e-4;

    private final PlattCalibration calibration;
    private final FeatureManifest manifest;
    private final List<String> names;
    private final CompiledModel compiled;

    public ScoringModel(Model<Label> model, PlattCalibration calibration, FeatureManifest manifest) {
        this.calibration = calibration;
        this.manifest = manifest;
        this.names = manifest.names();
        this.compiled = compile(model, names);
        requireAgreement(model);
    }

    /** A model trained elsewhere (Spark MLlib) and brought to serving form; nothing to cross-check it against. */
    public ScoringModel(PortableModel model, PlattCalibration calibration, FeatureManifest manifest) {
        this.calibration = calibration;
        this.manifest = manifest;
        this.names = manifest.names();
        this.compiled = model instanceof PortableModel.Trees trees
                ? TreeEnsemble.of(trees, names.size())
                : new LinearLogOdds((PortableModel.Linear) model, names.size());
    }

    public FeatureManifest manifest() {
        return manifest;
    }

    CompiledModel compiled() {
        return compiled;
    }

    /** Calibrated probabilities of many rows. */
    public double[] probabilities(List<Map<String, Double>> rows) {
        double[] x = new double[names.size()];
        double[] result = new double[rows.size()];
        for (int r = 0; r < result.length; r++) {
            result[r] = calibration.applyToLogOdds(compiled.logOdds(vector(rows.get(r), x)));
        }
        return result;
    }

    /** Calibrated probability with every feature's contribution. */
    public Score score(Map<String, Double> features) {
        return score(vector(features, new double[names.size()]));
    }

    /** Scores a row given in manifest order ({@link #vector}); missing values as 0, like in training. */
    public Score score(double[] x) {
        double[] weights = new double[names.size()];
        double logOdds = compiled.explain(x, weights);
        for (int i = 0; i < weights.length; i++) {
            // Platt scaling is linear in the log-odds, so scaling by its slope keeps contributions additive.
            weights[i] *= calibration.slope();
        }
        return new Score(calibration.applyToLogOdds(logOdds), names, x.clone(), weights);
    }

    public List<Score> scoreAll(List<Map<String, Double>> rows) {
        return rows.stream().map(this::score).toList();
    }

    /** The row in manifest order; a missing or NaN value counts as 0, as {@link FeatureVectors} trains it. */
    public double[] vector(Map<String, Double> features, double[] into) {
        for (int i = 0; i < into.length; i++) {
            Double value = features.get(names.get(i));
            into[i] = value == null || value.isNaN() ? 0 : value;
        }
        return into;
    }

    /** Raw (uncalibrated) positive-class probability of a Tribuo prediction. */
    static double rawProbability(Prediction<Label> prediction) {
        Label positive = prediction.getOutputScores().get(BinaryLabels.POSITIVE.getLabel());
        return positive == null ? 0 : positive.getScore();
    }

    @SuppressWarnings("unchecked")
    private static CompiledModel compile(Model<Label> model, List<String> names) {
        if (model instanceof XGBoostModel<?> xgb) {
            return XGBoostCompiler.compile((XGBoostModel<Label>) xgb, names);
        }
        if (model instanceof TransformedModel<?> linear) {
            return new LinearLogOdds((TransformedModel<Label>) linear, names);
        }
        throw new IllegalArgumentException("Cannot serve model type " + model.getClass().getName());
    }

    /**
     * Serving bypasses Tribuo, so a change in a model format (a new XGBoost or Tribuo version) must fail here,
     * loudly, rather than serve different scores: the compiled model must match Tribuo on a few probe rows.
     */
    private void requireAgreement(Model<Label> model) {
        double[] x = new double[names.size()];
        double[] contributions = new double[names.size()];
        for (double probe : new double[] {0, 1, 7, 30, 365}) {
            java.util.Arrays.fill(x, probe);
            double expected = PlattCalibration.logit(rawProbability(model.predict(
                    FeatureVectors.example(names, manifestRow(x), BinaryLabels.NEGATIVE))));
            double actual = PlattCalibration.clampLogOdds(compiled.explain(x, contributions));
            if (Math.abs(expected - actual) > AGREEMENT * Math.max(1, Math.abs(expected))) {
                throw new IllegalStateException("The compiled " + model.getClass().getSimpleName()
                        + " disagrees with Tribuo: log-odds " + actual + " vs " + expected + " at value " + probe);
            }
        }
    }

    private Map<String, Double> manifestRow(double[] x) {
        Map<String, Double> row = new java.util.HashMap<>();
        for (int i = 0; i < x.length; i++) {
            row.put(names.get(i), x[i]);
        }
        return row;
    }
}

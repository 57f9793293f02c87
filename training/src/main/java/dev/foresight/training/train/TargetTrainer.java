package dev.foresight.training.train;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.drift.DriftResult;
import dev.foresight.models.drift.PopulationCounts;
import dev.foresight.models.drift.ReferenceDistribution;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.models.scoring.ScoringModel;
import dev.foresight.training.evaluate.BinaryMetrics;
import dev.foresight.training.evaluate.BinaryMetrics.Metrics;
import dev.foresight.training.evaluate.Curves;
import dev.foresight.training.evaluate.HoldoutCharts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains every configured {@link Learner} on the fit snapshots, calibrates each on the calibration snapshot (data it did not
 * train on), picks the best by calibration-snapshot AUC, and measures it, every candidate and the baselines on the
 * hold-out snapshot, which is later than every training label.
 */
public final class TargetTrainer {

    private static final Logger log = LoggerFactory.getLogger(TargetTrainer.class);
    private static final int IMPORTANCE_ROWS = 2_000;
    private static final int IMPORTANCE_FEATURES = 15;
    // The conventional "significant shift" level; the report lists features from here (scoring runs use the setting)
    private static final double DRIFT_THRESHOLD_FOR_REPORT = 0.25;

    private final List<Learner> learners;

    public TargetTrainer(List<Learner> learners) {
        if (learners.isEmpty()) {
            throw new IllegalArgumentException("At least one learner is needed");
        }
        this.learners = List.copyOf(learners);
    }

    public Trained train(String target, FeatureManifest allFeatures, Split split, List<Baseline> baselines) {
        return train(target, allFeatures, split, baselines, null);
    }

    /**
     * As above, and also measures the current champion on the same hold-out rows, so the publish step compares
     * challenger and champion on equal terms.
     */
    public Trained train(String target, FeatureManifest allFeatures, Split split, List<Baseline> baselines,
                         Champion champion) {
        FeatureManifest manifest = allFeatures.retain(split.fit().varyingFeatures());
        log.info("train {}: {} of {} features vary in the fit snapshots", target, manifest.features().size(),
                allFeatures.features().size());
        requireBothOutcomes(target, "fit", split.fit());
        requireBothOutcomes(target, "calibration", split.calibration());
        requireBothOutcomes(target, "hold-out", split.holdout());
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Learner learner : learners) {
            long started = System.nanoTime();
            candidates.put(learner.name(), fitAndCalibrate(learner, manifest, split));
            log.info("train {}: {} fitted on {} rows in {} ms, calibration-snapshot AUC {}", target, learner.name(),
                    split.fit().size(), (System.nanoTime() - started) / 1_000_000,
                    String.format("%.4f", candidates.get(learner.name()).selectionAuc));
        }
        Learner chosen = learners.stream()
                .max(java.util.Comparator.comparingDouble(l -> candidates.get(l.name()).selectionAuc)).orElseThrow();

        Map<String, Double> selectionAuc = new LinkedHashMap<>();
        Map<String, Metrics> holdoutByCandidate = new LinkedHashMap<>();
        candidates.forEach((name, c) -> {
            selectionAuc.put(name, c.selectionAuc);
            holdoutByCandidate.put(name, evaluate(c.model, split.holdout()));
        });
        Map<String, Double> baselineAuc = new LinkedHashMap<>();
        for (Baseline b : baselines) {
            baselineAuc.put(b.name(), BinaryMetrics.rocAuc(split.holdout().column(b.feature(), b.sign()), split.holdout().outcome()));
        }
        Metrics holdout = holdoutByCandidate.get(chosen.name());
        boolean beats = baselineAuc.values().stream().allMatch(auc -> holdout.rocAuc() > auc);
        Candidate winner = candidates.get(chosen.name());
        double[] championScores = champion == null || !allFeatures.names().containsAll(champion.model().manifest().names())
                ? null : champion.model().probabilities(split.holdout().features());
        Double championAuc = championScores == null ? null : BinaryMetrics.rocAuc(championScores, split.holdout().outcome());
        var charts = charts(winner.model, championScores, baselines, split.holdout());
        double[] published = probabilities(winner.model, split.holdout());
        var reference = ReferenceDistribution.of(manifest.names(), split.holdout().features(), published);
        DriftResult drift = champion == null || champion.reference() == null ? null : drift(champion.reference(),
                split.holdout(), published);
        var outcome = new TargetOutcome(target, chosen.name(), chosen.hyperParameters(),
                winner.calibration, split.fit().medians(manifest.names()), holdout, selectionAuc, holdoutByCandidate, baselineAuc, beats,
                champion == null ? null : champion.version(), championAuc, manifest,
                split.fitFrom(), split.fitTo(), split.calibrationSnapshot(), split.holdoutSnapshot(), split.fit().size(), charts, reference, drift);
        return new Trained(outcome, winner.fitted);
    }

    private static Candidate fitAndCalibrate(Learner learner, FeatureManifest manifest, Split split) {
        FittedModel fitted = learner.fit(manifest, split.fit());
        double[] raw = probabilities(fitted.serving(PlattCalibration.IDENTITY), split.calibration());
        PlattCalibration calibration = PlattCalibration.fit(raw, split.calibration().outcome());
        double auc = BinaryMetrics.rocAuc(raw, split.calibration().outcome());
        return new Candidate(fitted, fitted.serving(calibration), calibration, auc);
    }

    private static HoldoutCharts charts(ScoringModel model, double[] championScores, List<Baseline> baselines,
                                        LabelledRows holdout) {
        boolean[] outcome = holdout.outcome();
        Map<String, Curves> baselineCurves = new LinkedHashMap<>();
        baselines.forEach(b -> baselineCurves.put(b.name(), Curves.of(holdout.column(b.feature(), b.sign()), outcome)));
        return new HoldoutCharts(Curves.of(probabilities(model, holdout), outcome),
                championScores == null ? null : Curves.of(championScores, outcome), baselineCurves,
                importance(model, holdout));
    }

    /** Mean absolute contribution per feature over (up to) the first rows of the hold-out, the largest first. */
    private static Map<String, Double> importance(ScoringModel model, LabelledRows holdout) {
        List<String> names = model.manifest().names();
        double[] sum = new double[names.size()];
        int rows = Math.min(IMPORTANCE_ROWS, holdout.size());
        for (int r = 0; r < rows; r++) {
            var contributions = model.score(holdout.features().get(r)).contributions();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += Math.abs(contributions.get(i).weight());
            }
        }
        Map<String, Double> importance = new LinkedHashMap<>();
        java.util.stream.IntStream.range(0, sum.length).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer i) -> -sum[i])).limit(IMPORTANCE_FEATURES)
                .forEach(i -> importance.put(names.get(i), sum[i] / Math.max(1, rows)));
        return importance;
    }

    private static Metrics evaluate(ScoringModel model, LabelledRows rows) {
        return BinaryMetrics.of(probabilities(model, rows), rows.outcome());
    }

    private static double[] probabilities(ScoringModel model, LabelledRows rows) {
        return model.probabilities(rows.features());
    }

    private static void requireBothOutcomes(String target, String part, LabelledRows rows) {
        requireBothOutcomes(target, part, rows.size(), rows.positives());
    }

    private static void requireBothOutcomes(String target, String part, FitRows rows) {
        requireBothOutcomes(target, part, rows.size(), rows.positives());
    }

    private static void requireBothOutcomes(String target, String part, long size, long positives) {
        if (positives == 0 || positives == size) {
            throw new IllegalStateException("Cannot train " + target + ": the " + part + " snapshot has " + size
                    + " eligible customers and " + positives + " positives; both outcomes are needed. "
                    + "Check the mapping's label types, the as-of date and the horizon.");
        }
    }

    private record Candidate(FittedModel fitted, ScoringModel model, PlattCalibration calibration, double selectionAuc) {
    }

    /** How far the hold-out population (and its scores) moved from the champion's reference population. */
    private static DriftResult drift(ReferenceDistribution championReference, LabelledRows holdout, double[] scores) {
        PopulationCounts counts = championReference.counter();
        for (int i = 0; i < holdout.size(); i++) {
            counts.add(holdout.features().get(i), scores[i]);
        }
        return counts.result(DRIFT_THRESHOLD_FOR_REPORT);
    }

    /**
     * The model currently serving a target, to be measured next to the challenger; {@code reference} is null for
     * champions registered before drift checks existed.
     */
    public record Champion(int version, ScoringModel model, ReferenceDistribution reference) {
    }

    /** The chosen model and its outcome. */
    public record Trained(TargetOutcome outcome, FittedModel model) {
    }

    /** The three time-ordered parts of the labelled data. */
    public record Split(FitRows fit, LabelledRows calibration, LabelledRows holdout,
                        java.time.LocalDate fitFrom, java.time.LocalDate fitTo,
                        java.time.LocalDate calibrationSnapshot, java.time.LocalDate holdoutSnapshot) {
    }
}

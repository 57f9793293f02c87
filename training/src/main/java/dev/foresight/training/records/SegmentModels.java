package dev.foresight.training.records;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.RecordEncoding;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.models.scoring.ScoringModel;
import dev.foresight.training.evaluate.BinaryMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * One model per segment (a region, a product line, a lead origin) where it pays: a segment with enough records
 * gets the global model's learner cross-validated on its own records, and its model is published only when it
 * beats the global model's out-of-fold ROC AUC on the same records. Every other record, and every record of a
 * segment too small or not better served alone, is scored by the global model.
 */
final class SegmentModels {

    private static final Logger log = LoggerFactory.getLogger(SegmentModels.class);

    private SegmentModels() {
    }

    /** What was decided for one segment; {@code model} and {@code manifest} only when published. */
    record Segment(String value, String target, int records, long positives, Double ownAuc, double globalAuc,
                   String decision, Model<Label> model, FeatureManifest manifest, PlattCalibration calibration,
                   BinaryMetrics.Metrics metrics, Map<String, Double> typicalValues) {
        boolean published() {
            return model != null;
        }
    }

    static List<Segment> train(TargetDefinition target, ModelCandidate learner, RecordPreparator preparator,
                               List<Map<String, String>> rows, boolean[] outcome, double[] globalOutOfFold) {
        TargetDefinition.Segments segments = target.segments();
        var missing = new RecordEncoding(null, target.missingValues(), List.of());
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String value = rows.get(i).get(segments.field());
            if (!missing.isMissing(value)) {
                members.computeIfAbsent(RecordEncoding.normalise(value), v -> new ArrayList<>()).add(i);
                spelling.putIfAbsent(RecordEncoding.normalise(value), value.trim());
            }
        }
        List<Segment> results = new ArrayList<>();
        members.forEach((value, indices) -> results.add(segment(target, learner, preparator, rows, outcome,
                globalOutOfFold, spelling.get(value), indices.stream().mapToInt(Integer::intValue).toArray())));
        return results;
    }

    private static Segment segment(TargetDefinition target, ModelCandidate learner, RecordPreparator preparator,
                                   List<Map<String, String>> rows, boolean[] outcome, double[] globalOutOfFold,
                                   String value, int[] indices) {
        String name = RecordEncoding.segmentTarget(target.name(), value);
        List<Map<String, String>> segmentRows = CrossValidation.select(rows, indices);
        boolean[] segmentOutcome = new boolean[indices.length];
        double[] global = new double[indices.length];
        long positives = 0;
        for (int i = 0; i < indices.length; i++) {
            segmentOutcome[i] = outcome[indices[i]];
            global[i] = globalOutOfFold[indices[i]];
            positives += segmentOutcome[i] ? 1 : 0;
        }
        double globalAuc = BinaryMetrics.rocAuc(global, segmentOutcome);
        long negatives = indices.length - positives;
        var readiness = target.readiness();
        if (indices.length < target.segments().minRecords() || positives < readiness.minPositives()
                || negatives < readiness.minNegatives()) {
            return new Segment(value, name, indices.length, positives, null, globalAuc, String.format(Locale.ROOT,
                    "scored by the global model: %d records (%d with the outcome), fewer than segments.min-records %d "
                            + "or the readiness minimums", indices.length, positives, target.segments().minRecords()),
                    null, null, null, null, null);
        }
        Folds folds = Folds.stratified(segmentOutcome, target.evaluation().folds(), target.evaluation().seed());
        double[] own = new double[indices.length];
        for (int k = 0; k < folds.count(); k++) {
            int[] train = folds.training(k);
            int[] test = folds.testing(k);
            FeatureManifest manifest = preparator.fit(CrossValidation.select(segmentRows, train));
            boolean[] trainOutcome = new boolean[train.length];
            for (int i = 0; i < train.length; i++) {
                trainOutcome[i] = segmentOutcome[train[i]];
            }
            var model = new ScoringModel(learner.algorithm().fit(learner.parameters(), manifest.names(),
                    CrossValidation.encode(manifest, segmentRows, train), trainOutcome, name + " cross-validation"),
                    PlattCalibration.IDENTITY, manifest);
            double[] probabilities = model.probabilities(CrossValidation.encode(manifest, segmentRows, test));
            for (int i = 0; i < test.length; i++) {
                own[test[i]] = probabilities[i];
            }
        }
        double ownAuc = BinaryMetrics.rocAuc(own, segmentOutcome);
        log.info("{}: {} records, own model ROC AUC {} vs the global model's {} on the same records", name,
                indices.length, String.format(Locale.ROOT, "%.4f", ownAuc), String.format(Locale.ROOT, "%.4f", globalAuc));
        if (ownAuc <= globalAuc) {
            return new Segment(value, name, indices.length, positives, ownAuc, globalAuc, String.format(Locale.ROOT,
                    "scored by the global model: its out-of-fold ROC AUC on these records, %.4f, is at least the "
                            + "segment model's %.4f", globalAuc, ownAuc), null, null, null, null, null);
        }
        FeatureManifest manifest = preparator.fit(segmentRows);
        var encoded = CrossValidation.encode(manifest, segmentRows, IntStream.range(0, indices.length).toArray());
        Model<Label> model = learner.algorithm().fit(learner.parameters(), manifest.names(), encoded, segmentOutcome, name);
        PlattCalibration calibration = PlattCalibration.fit(own, segmentOutcome);
        var metrics = BinaryMetrics.of(java.util.Arrays.stream(own).map(calibration::apply).toArray(), segmentOutcome);
        var typical = new dev.foresight.training.train.LabelledRows(encoded, segmentOutcome).medians(manifest.names());
        return new Segment(value, name, indices.length, positives, ownAuc, globalAuc, String.format(Locale.ROOT,
                "own model: out-of-fold ROC AUC %.4f beats the global model's %.4f on these records", ownAuc, globalAuc),
                model, manifest, calibration, metrics, typical);
    }
}

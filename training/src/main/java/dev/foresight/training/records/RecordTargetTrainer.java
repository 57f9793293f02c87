package dev.foresight.training.records;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.RecordEncoding;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.evaluate.BinaryMetrics;
import dev.foresight.training.evaluate.BinaryMetrics.Metrics;
import dev.foresight.training.evaluate.Curves;
import dev.foresight.training.evaluate.HoldoutCharts;
import dev.foresight.training.load.RawRecord;
import dev.foresight.training.train.TargetOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Trains a declared target on its record table: checks readiness, profiles the fields, guards against leakage,
 * cross-validates every algorithm on the same stratified folds, picks the best by mean fold ROC AUC, and trains it
 * on all records, calibrated on its out-of-fold probabilities. Every problem found is reported at once.
 */
public final class RecordTargetTrainer {

    private static final Logger log = LoggerFactory.getLogger(RecordTargetTrainer.class);

    private final List<ModelCandidate> candidates;

    /** A trainer trying {@link ModelCandidate#defaults} around the configured XGBoost settings. */
    public RecordTargetTrainer(TrainingProperties.Xgboost parameters) {
        this(ModelCandidate.defaults(parameters));
    }

    RecordTargetTrainer(List<ModelCandidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The chosen model, what it was measured at, the readiness report and the records that were quarantined. */
    public record Trained(TargetOutcome outcome, Model<Label> model, ReadinessReport readiness,
                          Map<String, double[]> foldAuc, List<String> foldChoices, List<Quarantined> quarantined,
                          List<SegmentModels.Segment> segments) {
    }

    /** Key of the nested procedure's per-fold results beside the candidates'. */
    public static final String PROCEDURE = "chosen on each fold's inner split (nested)";

    /** The target's current champion and the cross-validated ROC AUC it was published with. */
    public record Champion(int version, double rocAuc) {
    }

    /** A record left out of training, with the reason. */
    public record Quarantined(RawRecord record, String reason) {
    }

    /** Trains {@code target}; {@code champion} (may be null) is what the new model is compared with for promotion. */
    public Trained train(TargetDefinition target, RecordTable table, Champion champion) {
        RecordEncoding missing = new RecordEncoding(target.id(), target.missingValues(), List.of());
        OutcomeRule rule = outcomeRuleOfUsableTable(target, table);
        List<Quarantined> quarantined = new ArrayList<>();
        table.unreadable().forEach(r -> quarantined.add(new Quarantined(r, r.readError())));
        List<Map<String, String>> rows = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        for (RawRecord record : table.rows()) {
            Boolean outcome = rule.of(record.values(), missing);
            if (outcome == null) {
                quarantined.add(new Quarantined(record, "the outcome " + rule.describe() + " is missing"));
            } else {
                rows.add(record.values());
                outcomes.add(outcome);
            }
        }
        boolean[] outcome = new boolean[outcomes.size()];
        for (int i = 0; i < outcome.length; i++) {
            outcome[i] = outcomes.get(i);
        }
        long positives = outcomes.stream().filter(b -> b).count();
        requireEnoughOutcomes(target, rows.size(), positives);

        Folds folds = Folds.stratified(outcome, target.evaluation().folds(), target.evaluation().seed());
        Map<String, String> excluded = new LinkedHashMap<>();
        Map<String, Double> singleFieldAuc = new LinkedHashMap<>();
        List<FieldProfile> profiles = new ArrayList<>();
        List<FieldProfile> fields = chooseFields(target, table, rule, rows, outcome, folds, missing, excluded,
                profiles, singleFieldAuc);
        Map<String, Double> missingShare = new LinkedHashMap<>();
        Map<String, Integer> textInNumbers = new LinkedHashMap<>();
        for (FieldProfile profile : profiles) {
            missingShare.put(profile.field(), profile.missingShare());
            if (profile.notNumbers() > 0) {
                textInNumbers.put(profile.field(), profile.notNumbers());
            }
        }
        if (fields.isEmpty()) {
            throw new TargetNotReadyException(List.of("no field is left to learn from; excluded: " + excluded));
        }
        var readiness = new ReadinessReport(rows.size(), quarantined.size(), positives, rows.size() - positives,
                positives / (double) rows.size(), missingShare, textInNumbers, excluded, singleFieldAuc);
        log.info("{}: {} records ({} positive, {} quarantined), {} fields used, {} excluded", target.name(), rows.size(),
                positives, quarantined.size(), fields.size(), excluded.size());

        var preparator = new RecordPreparator(target.id(), target.missingValues(), fields);
        CrossValidation.Results results = CrossValidation.run(target.name(), preparator, rows, outcome, folds,
                candidates, target.evaluation().seed());
        return finish(target, results, preparator, rows, outcome, readiness, quarantined, champion);
    }

    /**
     * Trains the candidate with the best mean fold ROC AUC on every record, calibrated on its own out-of-fold
     * probabilities. The metrics reported are the nested procedure's, which chose without seeing the fold it is
     * measured on; every candidate's own cross-validated metrics are reported beside them.
     */
    private Trained finish(TargetDefinition target, CrossValidation.Results results, RecordPreparator preparator,
                           List<Map<String, String>> rows, boolean[] outcome, ReadinessReport readiness,
                           List<Quarantined> quarantined, Champion champion) {
        ModelCandidate chosen = results.best();
        List<SegmentModels.Segment> segments = target.segments() == null ? List.of() : SegmentModels.train(target,
                chosen, preparator, rows, outcome, results.candidates().get(chosen).outOfFold());
        FeatureManifest manifest = preparator.fit(rows);
        if (target.segments() != null) {
            manifest = manifest.withRecordEncoding(manifest.recordEncoding().withSegments(target.segments().field(),
                    segments.stream().filter(SegmentModels.Segment::published).map(SegmentModels.Segment::target).toList()));
        }
        if (target.history() != null) {
            manifest = manifest.withRecordEncoding(manifest.recordEncoding().withHistoryKey(target.history().key()));
        }
        List<Map<String, Double>> encoded = CrossValidation.encode(manifest, rows,
                java.util.stream.IntStream.range(0, rows.size()).toArray());
        Model<Label> model = chosen.algorithm().fit(chosen.parameters(), manifest.names(), encoded, outcome,
                target.name() + " records");
        PlattCalibration calibration = PlattCalibration.fit(results.candidates().get(chosen).outOfFold(), outcome);

        Map<String, Double> selectionAuc = new LinkedHashMap<>();
        Map<String, Metrics> candidates = new LinkedHashMap<>();
        Map<String, double[]> foldAuc = new LinkedHashMap<>();
        results.candidates().forEach((candidate, r) -> {
            selectionAuc.put(candidate.name(), r.meanAuc());
            candidates.put(candidate.name(), BinaryMetrics.of(r.outOfFold(), outcome));
            foldAuc.put(candidate.name(), r.foldAuc());
        });
        foldAuc.put(PROCEDURE, results.procedure().foldAuc());
        Map<String, Double> baselines = new LinkedHashMap<>();
        readiness.singleFieldAuc().entrySet().stream()
                .filter(e -> !readiness.excluded().containsKey(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .ifPresent(e -> baselines.put("best single field (" + e.getKey() + ")", e.getValue()));
        double[] procedure = results.procedure().outOfFold();
        PlattCalibration procedureCalibration = PlattCalibration.fit(procedure, outcome);
        Metrics metrics = BinaryMetrics.of(java.util.Arrays.stream(procedure).map(procedureCalibration::apply).toArray(), outcome);
        boolean beats = baselines.values().stream().allMatch(auc -> metrics.rocAuc() > auc);
        var typical = new dev.foresight.training.train.LabelledRows(encoded, outcome).medians(manifest.names());
        log.info("{}: publishing {} (mean fold ROC AUC {}); the nested procedure measures {}", target.name(),
                chosen.name(), String.format(Locale.ROOT, "%.4f", results.candidates().get(chosen).meanAuc()),
                String.format(Locale.ROOT, "%.4f", metrics.rocAuc()));
        Map<String, Object> hyperParameters = new LinkedHashMap<>(chosen.algorithm().hyperParameters(chosen.parameters()));
        var targetOutcome = new TargetOutcome(target.name(), chosen.algorithm().name(), hyperParameters,
                calibration, typical, metrics, selectionAuc, candidates, baselines, beats,
                champion == null ? null : champion.version(), champion == null ? null : champion.rocAuc(), manifest,
                null, null, null, null, rows.size(), new HoldoutCharts(
                        Curves.of(results.candidates().get(chosen).outOfFold(), outcome), null, Map.of(), Map.of()),
                null, null);
        return new Trained(targetOutcome, model, readiness, foldAuc, results.picks(), quarantined, segments);
    }

    /** The outcome rule, once the table has records and every column the file names; all problems at once. */
    private static OutcomeRule outcomeRuleOfUsableTable(TargetDefinition target, RecordTable table) {
        if (table.rows().isEmpty()) {
            throw new TargetNotReadyException(List.of("the table " + RecordTable.describe(target.source())
                    + " has no records" + (table.unreadable().isEmpty() ? "" : " that could be read ("
                    + table.unreadable().size() + " unreadable)")));
        }
        List<String> problems = new ArrayList<>();
        target.namedFields().forEach((field, where) -> {
            if (!table.columns().contains(field)) {
                problems.add(where + " names the column '" + field + "', which the table does not have");
            }
        });
        OutcomeRule rule = null;
        if (target.outcome().field() == null || table.columns().contains(target.outcome().field())) {
            try {
                rule = OutcomeRule.of(target.outcome(), table.values(), target.missingValues());
            } catch (TargetNotReadyException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            if (problems.stream().anyMatch(p -> p.contains("which the table does not have"))) {
                problems.add("the table's columns are " + table.columns());
            }
            throw new TargetNotReadyException(problems);
        }
        return rule;
    }

    private static void requireEnoughOutcomes(TargetDefinition target, int records, long positives) {
        long negatives = records - positives;
        List<String> problems = new ArrayList<>();
        if (positives == 0 || negatives == 0) {
            problems.add("every record has the same outcome (" + (positives == 0 ? "no" : "yes") + "), so there is nothing to learn");
        } else {
            if (positives < target.readiness().minPositives()) {
                problems.add("only " + positives + " records have the outcome; at least "
                        + target.readiness().minPositives() + " are needed (readiness.min-positives)");
            }
            if (negatives < target.readiness().minNegatives()) {
                problems.add("only " + negatives + " records lack the outcome; at least "
                        + target.readiness().minNegatives() + " are needed (readiness.min-negatives)");
            }
        }
        if (!problems.isEmpty()) {
            throw new TargetNotReadyException(problems);
        }
    }

    /** The fields to learn from, recording why each other field was left out. */
    private static List<FieldProfile> chooseFields(TargetDefinition target, RecordTable table, OutcomeRule rule,
                                                   List<Map<String, String>> rows, boolean[] outcome, Folds folds,
                                                   RecordEncoding missing, Map<String, String> excluded,
                                                   List<FieldProfile> profiles, Map<String, Double> singleFieldAuc) {
        Set<String> candidates = new java.util.LinkedHashSet<>(
                target.fields().include().isEmpty() ? table.columns() : target.fields().include());
        if (target.id() != null) {
            candidates.remove(target.id());
        }
        candidates.removeAll(rule.fields(table.columns()));
        List<FieldProfile> chosen = new ArrayList<>();
        for (String field : candidates) {
            FieldProfile profile = FieldProfile.of(field, rows, missing);
            profiles.add(profile);
            String reason = exclusion(target, profile);
            if (reason == null) {
                double auc = LeakageGuard.singleFieldAuc(profile, rows, outcome, folds, missing);
                singleFieldAuc.put(field, auc);
                if (auc > target.leakage().maxSingleFieldAuc() && !target.leakage().allow().contains(field)) {
                    reason = String.format(Locale.ROOT, "possible leakage: on its own it predicts the outcome with "
                            + "ROC AUC %.3f (above %.2f); list it under leakage.allow to keep it", auc,
                            target.leakage().maxSingleFieldAuc());
                }
            }
            if (reason == null) {
                chosen.add(profile);
            } else {
                excluded.put(field, reason);
            }
        }
        return chosen;
    }

    private static String exclusion(TargetDefinition target, FieldProfile profile) {
        String field = profile.field();
        if (target.fields().exclude().contains(field)) {
            return "excluded by the target file";
        }
        if (target.leakage().filledAfterOutcome().containsKey(field) && !target.leakage().allow().contains(field)) {
            return "filled in after the outcome: " + target.leakage().filledAfterOutcome().get(field);
        }
        if (profile.missingShare() > target.readiness().maxMissingShare()) {
            return String.format(Locale.ROOT, "%.0f%% of its cells are missing (readiness.max-missing-share %.2f)",
                    100 * profile.missingShare(), target.readiness().maxMissingShare());
        }
        if (profile.constant()) {
            return "it has the same value in every record";
        }
        if (profile.identifierLike()) {
            return "it looks like an identifier or free text (" + profile.distinct() + " distinct values), which "
                    + "says nothing about a new record";
        }
        return null;
    }
}

package dev.foresight.training.publish;

import dev.foresight.models.drift.DriftResult;
import dev.foresight.training.evaluate.BinaryMetrics.Metrics;
import dev.foresight.training.evaluate.HoldoutCharts;
import dev.foresight.training.records.ReadinessReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The report file of a training run ({@code --report}): per target, the hold-out results and what was published.
 * Runs of a declared record target have no as-of date or horizon; their targets carry the readiness report and
 * the per-fold results of cross-validation instead.
 */
public record TrainingReport(String runId, LocalDate asOf, Integer horizonDays, Map<String, LoadCounts> load,
                             Map<String, TargetReport> targets) {

    /** What a load step read, stored and rejected (rejected rows are in {@code load_rejects}). */
    public record LoadCounts(long read, long loaded, long rejected) {
    }

    public record TargetReport(
            String algorithm,
            Metrics holdout,
            Map<String, BaselineResult> baselines,
            Map<String, Metrics> candidates,
            Map<String, Double> selectionAuc,
            Integer championVersion,
            Double championAuc,
            boolean published,
            int modelVersion,
            String decision,
            LocalDate trainingFrom,
            LocalDate trainingTo,
            LocalDate holdoutSnapshot,
            long trainingRows,
            String evaluation,
            ReadinessReport readiness,
            Map<String, double[]> foldRocAuc,
            List<String> foldChoices,
            List<SegmentReport> segments,
            HoldoutCharts charts,
            DriftResult driftFromChampion) {
    }

    /** A segment of a record target: its own model's and the global model's ROC AUC on its records, and the decision. */
    public record SegmentReport(String value, String target, int records, long positives, Double ownRocAuc,
                                double globalRocAuc, String decision, Integer modelVersion) {
    }

    public record BaselineResult(double rocAuc) {
    }
}

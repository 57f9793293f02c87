package dev.foresight.training.publish;

import dev.foresight.training.train.TargetOutcome;
import java.util.Locale;

/**
 * Whether a newly trained model becomes champion: it must beat every baseline on the hold-out, and, when a champion
 * exists, reach at least the champion's ROC AUC on the same hold-out rows minus a tolerance (a small loss is
 * accepted for the fresher model, much as Dynamics' "95 % of the current model" rule does).
 */
public record PromotionPolicy(double tolerance) {

    /** The decision and the sentence that explains it in the report and the audit trail. */
    public record Decision(boolean promote, String reason) {
    }

    public Decision decide(TargetOutcome outcome) {
        double auc = outcome.holdout().rocAuc();
        // Record targets compare cross-validated results of their own runs; the interaction targets re-score the
        // champion on this run's hold-out.
        String where = outcome.holdoutSnapshot() == null ? "in its own cross-validation" : "on the same hold-out";
        if (!outcome.beatsBaselines()) {
            return new Decision(false, String.format(Locale.ROOT,
                    "not published: hold-out ROC AUC %.4f does not beat the baselines %s", auc, outcome.baselineAuc()));
        }
        if (outcome.championAuc() != null && auc < outcome.championAuc() - tolerance) {
            return new Decision(false, String.format(Locale.ROOT,
                    "not published: hold-out ROC AUC %.4f is below champion v%d's %.4f %s minus %.3f",
                    auc, outcome.championVersion(), outcome.championAuc(), where, tolerance));
        }
        String champion = outcome.championAuc() == null ? "" : String.format(Locale.ROOT,
                ", champion v%d had %.4f %s", outcome.championVersion(), outcome.championAuc(), where);
        return new Decision(true, String.format(Locale.ROOT, "champion: hold-out ROC AUC %.4f beats the baselines %s%s",
                auc, outcome.baselineAuc(), champion));
    }
}

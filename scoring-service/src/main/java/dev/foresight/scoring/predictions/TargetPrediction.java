package dev.foresight.scoring.predictions;

import java.util.List;

/**
 * One target's prediction: calibrated probability, the same as a 0–100 score, its letter grade and risk band, the
 * model that made it and the top reasons.
 */
public record TargetPrediction(double probability, int score, String grade, String band, ModelRef model,
                               List<Reason> reasons) {

    /** Which registered model answered, for tracing a served prediction. */
    public record ModelRef(long id, int version, String algorithm) {
    }
}

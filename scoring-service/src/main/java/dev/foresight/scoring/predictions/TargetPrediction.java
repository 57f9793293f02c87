package dev.foresight.scoring.predictions;

import dev.foresight.models.scoring.Reason;
import java.util.List;

/**
 * One target's prediction: calibrated probability, the same as a 0–100 score, its letter grade and risk band, the
 * model that made it and the strongest reasons raising and lowering the score.
 */
public record TargetPrediction(double probability, int score, String grade, String band, ModelRef model,
                               List<Reason> raising, List<Reason> lowering) {

    /** Which registered model answered, for tracing a served prediction. */
    public record ModelRef(long id, int version, String algorithm) {
    }
}

package dev.foresight.scoring.targets;

import dev.foresight.scoring.predictions.TargetPrediction;

/**
 * The score of one record for one declared target: probability, 0–100 score, grade, model and reasons;
 * {@code segment} names the segment model that scored it (null: the target's global model).
 */
public record RecordScore(String target, String id, String segment, TargetPrediction prediction) {
}

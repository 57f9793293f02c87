package dev.foresight.training.evaluate;

import java.util.Map;

/**
 * What a training report draws for one target, all on the same hold-out rows: the published model's curves, the
 * current champion's (null without one) and each baseline's, and the features that moved scores most (mean
 * absolute contribution to the log-odds, largest first).
 */
public record HoldoutCharts(Curves model, Curves champion, Map<String, Curves> baselines,
                            Map<String, Double> importance) {
}

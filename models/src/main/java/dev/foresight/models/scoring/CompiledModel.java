package dev.foresight.models.scoring;

/**
 * A trained model reduced to arithmetic on a feature array in manifest order, for fast exact scoring with reasons.
 */
interface CompiledModel {

    /**
     * Fills {@code contributions} (length {@link #width()}) with each feature's exact share of the log-odds and
     * returns the raw log-odds: the model's expected log-odds plus the sum of the contributions.
     */
    double explain(double[] x, double[] contributions);

    /** The raw log-odds alone, for when no reasons are needed (evaluation, ranking). */
    double logOdds(double[] x);

    /** Number of features, in manifest order. */
    int width();
}

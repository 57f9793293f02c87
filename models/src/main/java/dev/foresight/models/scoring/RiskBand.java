package dev.foresight.models.scoring;

/** Churn risk bands that retention teams work from; thresholds come from configuration. */
public enum RiskBand {
    LOW, MEDIUM, HIGH;

    public static RiskBand of(double probability, double mediumFrom, double highFrom) {
        if (probability >= highFrom) {
            return HIGH;
        }
        return probability >= mediumFrom ? MEDIUM : LOW;
    }
}

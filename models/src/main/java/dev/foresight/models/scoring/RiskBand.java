package dev.foresight.models.scoring;

/** Risk bands that retention teams work from; {@link RiskBands} holds the thresholds. */
public enum RiskBand {
    LOW, MEDIUM, HIGH
}

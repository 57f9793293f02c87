package dev.foresight.models.scoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Probability thresholds of the risk bands ({@code foresight.risk-bands.*}), shared by batch scoring and the
 * scoring service so both put a customer in the same band.
 */
@Validated
@ConfigurationProperties("foresight.risk-bands")
public record RiskBands(
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.3") double medium,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.6") double high) {

    public RiskBands {
        if (medium > high) {
            throw new IllegalArgumentException("foresight.risk-bands.medium (" + medium + ") must not exceed high (" + high + ")");
        }
    }

    public RiskBand of(double probability) {
        if (probability >= high) {
            return RiskBand.HIGH;
        }
        return probability >= medium ? RiskBand.MEDIUM : RiskBand.LOW;
    }
}

package dev.foresight.models.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class RiskBandsTest {

    @Configuration
    @EnableConfigurationProperties(RiskBands.class)
    static class Config {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @Test
    void probabilitiesFallIntoTheConfiguredBands() {
        var bands = new RiskBands(0.3, 0.6);
        assertThat(bands.of(0.29)).isEqualTo(RiskBand.LOW);
        assertThat(bands.of(0.3)).isEqualTo(RiskBand.MEDIUM);
        assertThat(bands.of(0.6)).isEqualTo(RiskBand.HIGH);
    }

    @Test
    void thresholdsOutOfOrderStopTheApplicationWithTheReason() {
        context.withPropertyValues("foresight.risk-bands.medium=0.8", "foresight.risk-bands.high=0.5")
                .run(c -> assertThat(c).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("foresight.risk-bands.medium (0.8) must not exceed high (0.5)"));
    }

    @Test
    void aThresholdAboveOneIsRejected() {
        context.withPropertyValues("foresight.risk-bands.high=1.5")
                .run(c -> assertThat(c).hasFailed().getFailure().hasStackTraceContaining("foresight.risk-bands.high"));
    }
}

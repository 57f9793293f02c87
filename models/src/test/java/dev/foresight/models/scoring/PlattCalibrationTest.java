package dev.foresight.models.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlattCalibrationTest {

    @Test
    void recoversTheSlopeAndInterceptThatGeneratedTheOutcomes() {
        var random = new SplittableRandom(7);
        int n = 40_000;
        double[] raw = new double[n];
        boolean[] outcome = new boolean[n];
        for (int i = 0; i < n; i++) {
            raw[i] = random.nextDouble(0.01, 0.99);
            double truth = PlattCalibration.sigmoid(0.5 * PlattCalibration.logit(raw[i]) - 1.0);
            outcome[i] = random.nextDouble() < truth;
        }
        PlattCalibration fitted = PlattCalibration.fit(raw, outcome);
        assertThat(fitted.slope()).isCloseTo(0.5, within(0.05));
        assertThat(fitted.intercept()).isCloseTo(-1.0, within(0.05));
    }

    @Test
    void identityLeavesProbabilitiesUnchanged() {
        assertThat(PlattCalibration.IDENTITY.apply(0.37)).isCloseTo(0.37, within(1e-9));
    }
}

package dev.foresight.training.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

    private static final boolean[] OUTCOME = {false, false, true, false, true, true};

    @Test
    void rocAucIsOneForAPerfectRankingAndZeroForAReversedOne() {
        assertThat(BinaryMetrics.rocAuc(new double[] {.1, .2, .7, .3, .8, .9}, OUTCOME)).isEqualTo(1.0);
        assertThat(BinaryMetrics.rocAuc(new double[] {.9, .8, .2, .7, .1, .0}, OUTCOME)).isEqualTo(0.0);
    }

    @Test
    void rocAucCountsTiesAsHalf() {
        assertThat(BinaryMetrics.rocAuc(new double[] {.5, .5, .5, .5, .5, .5}, OUTCOME)).isEqualTo(0.5);
    }

    @Test
    void rocAucMatchesTheMannWhitneyCountOfAMixedRanking() {
        // positives score .7 .4 .9, negatives .1 .5 .3: 8 of 9 pairs ordered correctly (.4 < .5 is the miss)
        assertThat(BinaryMetrics.rocAuc(new double[] {.1, .5, .7, .3, .4, .9}, OUTCOME)).isCloseTo(8 / 9.0, within(1e-12));
    }

    @Test
    void averagePrecisionOfAPerfectRankingIsOne() {
        assertThat(BinaryMetrics.prAuc(new double[] {.1, .2, .7, .3, .8, .9}, OUTCOME)).isEqualTo(1.0);
    }

    @Test
    void brierAndLogLossRewardConfidentCorrectForecasts() {
        double[] good = {.1, .1, .9, .1, .9, .9};
        double[] vague = {.5, .5, .5, .5, .5, .5};
        assertThat(BinaryMetrics.brier(good, OUTCOME)).isCloseTo(0.01, within(1e-12));
        assertThat(BinaryMetrics.brier(vague, OUTCOME)).isCloseTo(0.25, within(1e-12));
        assertThat(BinaryMetrics.logLoss(good, OUTCOME)).isLessThan(BinaryMetrics.logLoss(vague, OUTCOME));
    }

    @Test
    void liftOfTheTopDecileIsItsPositiveRateOverTheBaseRate() {
        double[] score = new double[20];
        boolean[] outcome = new boolean[20];
        for (int i = 0; i < 20; i++) {
            score[i] = i;
            outcome[i] = i >= 15; // 25 % positive, top two rows positive
        }
        assertThat(BinaryMetrics.liftTopDecile(score, outcome)).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void calibrationTableComparesPredictedAndObservedRatesPerBin() {
        var table = BinaryMetrics.calibration(new double[] {.05, .05, .95, .95}, new boolean[] {false, false, true, false}, 10);
        assertThat(table).hasSize(2);
        assertThat(table.get(0).observedRate()).isZero();
        assertThat(table.get(1).observedRate()).isEqualTo(0.5);
        assertThat(table.get(1).meanPredicted()).isCloseTo(0.95, within(1e-12));
    }
}

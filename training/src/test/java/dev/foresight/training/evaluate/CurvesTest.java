package dev.foresight.training.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CurvesTest {

    /** Ten customers, scores descending; the positives are the 1st, 2nd and 6th. */
    private static final double[] SCORE = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0};
    private static final boolean[] OUTCOME = {true, true, false, false, false, true, false, false, false, false};

    @Test
    void liftIsTheShareOfPositivesReachedOverTheShareContacted() {
        Curves curves = Curves.of(SCORE, OUTCOME);

        assertThat(curves.liftAt(0.2)).isCloseTo((2 / 3.0) / 0.2, within(1e-12));
        assertThat(curves.liftAt(0.6)).isCloseTo(1 / 0.6, within(1e-12));
        assertThat(curves.liftAt(1.0)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void gainsAndRocStartAtTheOriginAndEndAtTheTopRight() {
        Curves curves = Curves.of(SCORE, OUTCOME);

        assertThat(curves.gains().get(0)).containsExactly(0, 0);
        assertThat(curves.gains().get(curves.gains().size() - 1)).containsExactly(1, 1);
        assertThat(curves.roc().get(curves.roc().size() - 1)).containsExactly(1, 1);
    }

    @Test
    void liftOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Curves.of(SCORE, OUTCOME).liftAt(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

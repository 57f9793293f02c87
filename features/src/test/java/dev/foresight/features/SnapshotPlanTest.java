package dev.foresight.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SnapshotPlanTest {

    @Test
    void everyTrainingLabelEndsOnOrBeforeTheHoldOutSnapshot() {
        var plan = SnapshotPlan.of(LocalDate.of(1997, 12, 29), 90, 4, 30);
        assertThat(plan.holdout()).isEqualTo(LocalDate.of(1997, 9, 30));
        assertThat(plan.calibration().plusDays(90)).isEqualTo(plan.holdout());
        assertThat(plan.fit()).isSorted().allSatisfy(d -> assertThat(d.plusDays(90)).isBefore(plan.holdout()));
        assertThat(plan.fit().get(plan.fit().size() - 1)).isBefore(plan.calibration());
        assertThat(plan.all()).endsWith(plan.holdout(), plan.serving());
    }
}

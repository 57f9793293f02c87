package dev.foresight.training.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

class ScheduledRunsTest {

    private static final Clock TUESDAY_0200_UTC = Clock.fixed(Instant.parse("2026-12-08T02:00:00Z"), ZoneId.of("UTC"));
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final List<String> started = new ArrayList<>();

    @Test
    void rescoringRunsAsOfYesterdayAndDoesNotRetrainWithoutScoreDrift() {
        runs(BatchStatus.COMPLETED, List.of(), true).rescore();

        assertThat(started).containsExactly("rescore " + MONDAY);
    }

    @Test
    void scoreDriftAfterRescoringStartsARetrainingAtOnce() {
        runs(BatchStatus.COMPLETED, List.of("churn"), true).rescore();

        assertThat(started).containsExactly("rescore " + MONDAY, "retrain " + MONDAY);
    }

    @Test
    void scoreDriftDoesNotRetrainWhenThatIsSwitchedOff() {
        runs(BatchStatus.COMPLETED, List.of("churn"), false).rescore();

        assertThat(started).containsExactly("rescore " + MONDAY);
    }

    @Test
    void aFailedRescoringNeitherRetrainsNorStopsTheSchedule() {
        ScheduledRuns runs = runs(BatchStatus.FAILED, List.of("churn"), true);
        runs.rescore();
        runs.retrain();

        assertThat(started).containsExactly("rescore " + MONDAY, "retrain " + MONDAY);
    }

    @Test
    void theDayIsTakenInTheScheduleZone() {
        var properties = new ScheduleProperties("0 0 2 * * *", "0 0 3 * * SUN", true, ZoneId.of("America/Los_Angeles"));
        new ScheduledRuns(jobs(BatchStatus.COMPLETED, List.of()), properties, TUESDAY_0200_UTC).retrain();

        assertThat(started).containsExactly("retrain " + MONDAY.minusDays(1)); // 18:00 on Monday there: as of Sunday
    }

    @Test
    void anExpressionThatIsNoCronIsRejectedWithAnExample() {
        assertThatThrownBy(() -> new ScheduleProperties("every day", "0 0 3 * * SUN", true, ZoneId.of("UTC")))
                .hasMessageContaining("'every day' is not a cron expression").hasMessageContaining("'0 0 2 * * *'");
    }

    private ScheduledRuns runs(BatchStatus rescoring, List<String> drifted, boolean retrainOnDrift) {
        var properties = new ScheduleProperties("0 0 2 * * *", "0 0 3 * * SUN", retrainOnDrift, ZoneId.of("UTC"));
        return new ScheduledRuns(jobs(rescoring, drifted), properties, TUESDAY_0200_UTC);
    }

    private ScheduledRuns.Jobs jobs(BatchStatus rescoring, List<String> drifted) {
        return new ScheduledRuns.Jobs() {
            @Override
            public BatchStatus retrain(LocalDate asOf) {
                started.add("retrain " + asOf);
                return BatchStatus.COMPLETED;
            }

            @Override
            public BatchStatus rescore(LocalDate asOf) {
                started.add("rescore " + asOf);
                return rescoring;
            }

            @Override
            public List<String> scoreDrift(LocalDate asOf) {
                return drifted;
            }
        };
    }
}

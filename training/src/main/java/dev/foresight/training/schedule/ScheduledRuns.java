package dev.foresight.training.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Rescoring and retraining on their own cron schedules, each as of yesterday (the last complete day). Both run on
 * one scheduler thread, so they never overlap; a rescoring whose champion scores drifted starts a retraining at
 * once when {@link ScheduleProperties#retrainOnDrift()} allows. Feature drift alone does not: features that age
 * with time (tenure, days since signup) drift by construction.
 */
public final class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    /** The jobs the schedule starts, and the drift the last rescoring measured. */
    public interface Jobs {
        BatchStatus retrain(LocalDate asOf) throws Exception;

        BatchStatus rescore(LocalDate asOf) throws Exception;

        /** Targets whose champion's score PSI as of this date reached the drift threshold. */
        List<String> scoreDrift(LocalDate asOf);
    }

    private final Jobs jobs;
    private final ScheduleProperties properties;
    private final Clock clock;

    public ScheduledRuns(Jobs jobs, ScheduleProperties properties, Clock clock) {
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    /** Registers both schedules; the scheduler must have a single thread. */
    public void start(TaskScheduler scheduler) {
        scheduler.schedule(this::rescore, new CronTrigger(properties.rescoring(), properties.zone()));
        scheduler.schedule(this::retrain, new CronTrigger(properties.retraining(), properties.zone()));
        log.info("schedule: rescoring '{}', retraining '{}' ({}), retrain on score drift: {}", properties.rescoring(),
                properties.retraining(), properties.zone(), properties.retrainOnDrift());
    }

    public void rescore() {
        LocalDate asOf = asOf();
        BatchStatus status = run("rescoring", asOf, () -> jobs.rescore(asOf));
        if (status != BatchStatus.COMPLETED || !properties.retrainOnDrift()) {
            return;
        }
        List<String> drifted = jobs.scoreDrift(asOf);
        if (!drifted.isEmpty()) {
            log.warn("schedule: champion scores drifted for {} as of {}; retraining now", drifted, asOf);
            run("retraining", asOf, () -> jobs.retrain(asOf));
        }
    }

    public void retrain() {
        LocalDate asOf = asOf();
        run("retraining", asOf, () -> jobs.retrain(asOf));
    }

    private LocalDate asOf() {
        return LocalDate.now(clock.withZone(properties.zone())).minusDays(1);
    }

    /** A failed run is logged and left for the next tick (or a manual restart); the schedule keeps going. */
    private static BatchStatus run(String what, LocalDate asOf, java.util.concurrent.Callable<BatchStatus> job) {
        log.info("schedule: {} as of {} starting", what, asOf);
        try {
            BatchStatus status = job.call();
            log.info("schedule: {} as of {} finished: {}", what, asOf, status);
            return status;
        } catch (Exception e) {
            log.error("schedule: {} as of {} failed: {}", what, asOf, e.getMessage(), e);
            return BatchStatus.FAILED;
        }
    }
}

package dev.foresight.training.schedule;

import dev.foresight.models.drift.DriftCheck;
import dev.foresight.models.drift.DriftChecks;
import dev.foresight.training.TrainingLauncher;
import dev.foresight.training.TrainingRun;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.BatchStatus;

/** The schedule's jobs on one source: the training and rescoring jobs of {@link TrainingLauncher}. */
public record LaunchedJobs(TrainingLauncher launcher, DriftChecks drift, double driftThreshold, Path events,
                           Path mapping, int horizonDays) implements ScheduledRuns.Jobs {

    @Override
    public BatchStatus retrain(LocalDate asOf) throws Exception {
        return launcher.run(TrainingRun.parameters(events, mapping, asOf, horizonDays, null)).getStatus();
    }

    @Override
    public BatchStatus rescore(LocalDate asOf) throws Exception {
        return launcher.rescore(TrainingRun.parameters(events, mapping, asOf, horizonDays, null)).getStatus();
    }

    @Override
    public List<String> scoreDrift(LocalDate asOf) {
        return drift.latestOfChampions().stream()
                .filter(c -> c.asOf().equals(asOf) && c.scorePsi() >= driftThreshold)
                .map(DriftCheck::target).toList();
    }
}

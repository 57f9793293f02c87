package dev.foresight.training.drift;

import dev.foresight.models.Targets;
import dev.foresight.models.drift.DriftChecks;
import dev.foresight.models.drift.DriftResult;
import dev.foresight.models.drift.ReferenceDistribution;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.RegisteredModel;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * After batch scoring: the population stability of each champion's scoring run against the reference it was
 * published with, per feature and for the score, stored in {@code drift_checks} (replaced when a run repeats).
 * A check at or above the threshold is logged as a warning and flagged; a retraining schedule can act on it.
 */
public class CheckDriftTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CheckDriftTasklet.class);

    private final ModelRegistry registry;
    private final DriftChecks checks;
    private final ServingDrift serving;
    private final double threshold;

    public CheckDriftTasklet(ModelRegistry registry, DriftChecks checks, JdbcClient jdbc, JsonMapper json, double threshold) {
        this.registry = registry;
        this.checks = checks;
        this.serving = new ServingDrift(jdbc, json);
        this.threshold = threshold;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Optional<LocalDate> asOf = serving.asOf();
        for (String target : Targets.ALL) {
            Optional<RegisteredModel> champion = registry.champion(target);
            if (champion.isEmpty() || asOf.isEmpty()) {
                continue;
            }
            Optional<ReferenceDistribution> reference = registry.reference(champion.get().id());
            if (reference.isEmpty()) {
                log.info("drift {}: champion v{} has no reference distribution (registered before drift checks)",
                        target, champion.get().version());
                continue;
            }
            DriftResult result = serving.measure(champion.get(), reference.get(), asOf.get(), threshold);
            if (result.customers() == 0) {
                continue;
            }
            checks.save(champion.get().id(), asOf.get(), result);
            contribution.incrementWriteCount(1);
            if (result.drifted()) {
                log.warn("drift {}: v{} as of {}: score PSI {}, features at or above {}: {}", target,
                        champion.get().version(), asOf.get(), String.format("%.3f", result.scorePsi()), threshold,
                        result.driftedFeatures());
            } else {
                log.info("drift {}: v{} as of {}: score PSI {}, stable", target, champion.get().version(), asOf.get(),
                        String.format("%.3f", result.scorePsi()));
            }
        }
        return RepeatStatus.FINISHED;
    }
}

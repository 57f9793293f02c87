package dev.foresight.training.train;

import dev.foresight.features.FeatureStore;
import dev.foresight.features.FeatureTableBuilder;
import dev.foresight.features.SnapshotPlan;
import dev.foresight.models.FeatureManifest;
import dev.foresight.models.Targets;
import dev.foresight.models.registry.ModelRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One target trained on a feature table: reads the fit, calibration and hold-out snapshots of the plan, fits
 * the learners, and measures the result next to the baselines and the current champion. The job's train steps
 * and notebooks both train this way.
 */
public final class TargetTraining {

    private static final Logger log = LoggerFactory.getLogger(TargetTraining.class);

    private final SparkSession spark;
    private final ModelRegistry registry;

    public TargetTraining(SparkSession spark, ModelRegistry registry) {
        this.spark = spark;
        this.registry = registry;
    }

    public TargetTrainer.Trained train(String target, Path featureTable, SnapshotPlan plan, List<Learner> learners) {
        FeatureManifest manifest = FeatureStore.manifest(featureTable);
        String label = labelColumn(target);
        try (FitRows fit = FitRows.read(spark, featureTable, manifest, label, Set.copyOf(plan.fit()))) {
            var split = new TargetTrainer.Split(fit,
                    LabelledRows.read(spark, featureTable, manifest, label, Set.of(plan.calibration())),
                    LabelledRows.read(spark, featureTable, manifest, label, Set.of(plan.holdout())),
                    plan.fit().get(0), plan.fit().get(plan.fit().size() - 1), plan.calibration(), plan.holdout());
            return new TargetTrainer(learners).train(target, manifest, split, baselines(target, manifest),
                    currentChampion(target));
        }
    }

    public static String labelColumn(String target) {
        return switch (target) {
            case Targets.CHURN -> FeatureTableBuilder.LABEL_CHURN;
            case Targets.UPSELL -> FeatureTableBuilder.LABEL_UPSELL;
            default -> throw new IllegalArgumentException("Unknown target '" + target + "'; expected one of " + Targets.ALL);
        };
    }

    private TargetTrainer.Champion currentChampion(String target) {
        return registry.champion(target).map(registered -> {
            try {
                return new TargetTrainer.Champion(registered.version(), registry.load(registered),
                        registry.reference(registered.id()).orElse(null));
            } catch (RuntimeException e) {
                log.warn("Current {} champion v{} cannot be loaded ({}); the challenger is compared with baselines only",
                        target, registered.version(), e.getMessage());
                return null;
            }
        }).orElse(null);
    }

    private static List<Baseline> baselines(String target, FeatureManifest manifest) {
        if (Targets.CHURN.equals(target)) {
            return List.of(new Baseline("recency", "days_since_activity", 1));
        }
        String spend = manifest.names().contains("amount_90d") ? "amount_90d" : "amount_total";
        return List.of(new Baseline("recency", "days_since_activity", -1), new Baseline("spend", spend, 1));
    }
}

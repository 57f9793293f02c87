package dev.foresight.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import dev.foresight.features.SparkMasterCheck;
import java.nio.file.Path;
import java.util.List;
import dev.foresight.training.train.LearnerType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the training job ({@code foresight.training.*}); the README lists them with their defaults.
 *
 * @param workDirectory    where each run keeps its feature table (Parquet) and model files
 * @param sparkMaster      {@code local[*]} or any Spark master URL
 * @param fitSnapshots     snapshot dates stacked into the training set
 * @param snapshotStepDays days between stacked snapshots
 * @param windowsDays      feature look-back windows
 * @param maxRejects       fail the load when more rows than this are rejected (-1: never)
 * @param promotionTolerance a new model replaces the champion when its hold-out ROC AUC is at least the
 *                         champion's on the same hold-out minus this (and it beats the baselines)
 * @param churnAlertThreshold a churn alert is raised when a customer's probability crosses this from below
 * @param driftThreshold   a scoring run whose score or any feature has a population stability index at or above
 *                         this (against the champion's reference) is flagged as drifted
 * @param learners         the learners tried per target; the best on the calibration snapshot is published
 * @param mllib            settings of the Spark MLlib learners
 */
@Validated
@ConfigurationProperties("foresight.training")
public record TrainingProperties(
        @NotNull @DefaultValue(".foresight/runs") Path workDirectory,
        @NotBlank @Pattern(regexp = SparkMasterCheck.URL_PATTERN, message = "must be " + SparkMasterCheck.EXPECTED)
        @DefaultValue("local[*]") String sparkMaster,
        @Min(1) @DefaultValue("8") int shufflePartitions,
        @Min(1) @DefaultValue("4") int jdbcPartitions,
        @Min(1) @DefaultValue("8") int fitSnapshots,
        @Min(1) @DefaultValue("15") int snapshotStepDays,
        @NotEmpty @DefaultValue({"7", "30", "90", "365"}) List<Integer> windowsDays,
        @Min(1) @DefaultValue("730") int recencyCapDays,
        @Min(-1) @DefaultValue("-1") long maxRejects,
        @Min(100) @DefaultValue("2000") int chunkSize,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.01") double promotionTolerance,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.6") double churnAlertThreshold,
        @DecimalMin("0.01") @DefaultValue("0.25") double driftThreshold,
        @Valid @NotNull @DefaultValue Xgboost xgboost,
        @Valid @NotNull @DefaultValue Learners learners,
        @Valid @NotNull @DefaultValue Mllib mllib) {

    /** The learners of a target: {@code XGBOOST}, {@code LOGISTIC_REGRESSION}, {@code SPARK_GBT}, {@code SPARK_LOGISTIC_REGRESSION}. */
    public List<LearnerType> learners(String target) {
        return switch (target) {
            case dev.foresight.models.Targets.CHURN -> learners.churn();
            case dev.foresight.models.Targets.UPSELL -> learners.upsell();
            default -> throw new IllegalArgumentException("Unknown target " + target);
        };
    }

    /**
     * Tribuo's learners train in the driver's memory; the {@code SPARK_} ones on the cluster, for fit snapshots
     * that outgrow one JVM.
     */
    public record Learners(
            @NotEmpty @DefaultValue({"XGBOOST", "LOGISTIC_REGRESSION"}) List<@NotNull LearnerType> churn,
            @NotEmpty @DefaultValue({"XGBOOST", "LOGISTIC_REGRESSION"}) List<@NotNull LearnerType> upsell) {
    }

    /**
     * Spark MLlib's learners. MLlib runs one Spark job per tree, so the default takes fewer, larger steps than
     * XGBoost's; {@code minInstancesPerNode} plays the part of XGBoost's {@code minChildWeight}.
     */
    public record Mllib(
            @Min(1) @DefaultValue("100") int trees,
            @DecimalMin("0.001") @DecimalMax("1") @DefaultValue("0.1") double stepSize,
            @Min(1) @DefaultValue("3") int maxDepth,
            @Min(1) @DefaultValue("50") int minInstancesPerNode,
            @DecimalMin("0.1") @DecimalMax("1") @DefaultValue("0.8") double subsample,
            @DecimalMin("0.1") @DecimalMax("1") @DefaultValue("0.8") double featureSubsample,
            @Min(2) @DefaultValue("32") int maxBins,
            @DecimalMin("0") @DefaultValue("0.001") double regParam,
            @Min(1) @DefaultValue("100") int maxIter,
            @DefaultValue("42") long seed) {
    }

    /**
     * Gradient-boosted trees. The defaults are deliberately conservative (shallow trees, slow learning, large
     * leaves): the hold-out lies in a later period than the training rows, and on real purchase logs such models
     * generalised better across that shift than deeper ones.
     */
    public record Xgboost(
            @Min(1) @DefaultValue("400") int trees,
            @DecimalMin("0.001") @DecimalMax("1") @DefaultValue("0.02") double eta,
            @Min(1) @DefaultValue("3") int maxDepth,
            @DecimalMin("0") @DefaultValue("50") double minChildWeight,
            @DecimalMin("0.1") @DecimalMax("1") @DefaultValue("0.8") double subsample,
            @DecimalMin("0.1") @DecimalMax("1") @DefaultValue("0.8") double featureSubsample,
            @DefaultValue("42") long seed) {
    }
}

package dev.foresight.training.schedule;

import jakarta.validation.constraints.NotBlank;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * When {@code foresight schedule} rescores and retrains ({@code foresight.schedule.*}): Spring cron expressions
 * (second minute hour day-of-month month day-of-week) in {@code zone}.
 *
 * @param rescoring      load new events, rebuild the serving snapshot, score it with the champions, check drift
 * @param retraining     the full training job: features, models, evaluation, publishing, scoring
 * @param retrainOnDrift retrain right after a rescoring whose score distribution drifted past
 *                       {@code foresight.training.drift-threshold} for any champion
 */
@Validated
@ConfigurationProperties("foresight.schedule")
public record ScheduleProperties(
        @NotBlank @DefaultValue("0 0 2 * * *") String rescoring,
        @NotBlank @DefaultValue("0 0 3 * * SUN") String retraining,
        @DefaultValue("true") boolean retrainOnDrift,
        @DefaultValue("UTC") ZoneId zone) {

    public ScheduleProperties {
        requireCron(rescoring);
        requireCron(retraining);
    }

    /** A clear error for anything Spring's cron parser would reject; null passes (the default applies). */
    public static void requireCron(String cron) {
        if (cron != null && !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("'" + cron + "' is not a cron expression; expected six fields, "
                    + "second minute hour day-of-month month day-of-week, e.g. '0 0 2 * * *' for 02:00 daily");
        }
    }
}

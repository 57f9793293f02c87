package dev.foresight.training.alerts;

import dev.foresight.models.Targets;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.TrainingRun;
import java.sql.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After batch scoring, raises one churn alert for each customer whose risk band rose since their previous score
 * (low → medium, medium → high, low → high), or whose probability crossed the alert threshold from below (a first
 * score counts as below). An unchanged band raises nothing; rerunning the step raises nothing twice. Each alert is
 * queued for every active webhook subscription in the same statement, so an alert exists only with its deliveries.
 */
public class RaiseChurnAlertsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RaiseChurnAlertsTasklet.class);

    private final TrainingProperties properties;
    private final ModelRegistry registry;
    private final JdbcClient jdbc;

    public RaiseChurnAlertsTasklet(TrainingProperties properties, ModelRegistry registry, JdbcClient jdbc) {
        this.properties = properties;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        TrainingRun run = TrainingRun.of(contribution.getStepExecution(), properties.workDirectory());
        var champion = registry.champion(Targets.CHURN);
        if (champion.isEmpty()) {
            log.info("alerts: no churn champion, no alerts");
            return RepeatStatus.FINISHED;
        }
        long raised = jdbc.sql("""
                        WITH scored AS (
                            SELECT customer_id, model_id, as_of, probability, band, reasons FROM predictions
                            WHERE target = 'churn' AND model_id = :model AND as_of = :asOf
                        ), previous AS (
                            SELECT DISTINCT ON (p.customer_id) p.customer_id, p.band, p.probability
                            FROM predictions p JOIN scored s ON s.customer_id = p.customer_id
                            WHERE p.target = 'churn' AND NOT (p.model_id = :model AND p.as_of = :asOf)
                            ORDER BY p.customer_id, p.as_of DESC, p.scored_at DESC
                        ), raised AS (
                            INSERT INTO churn_alerts (customer_id, model_id, as_of, probability, band, previous_band,
                                                      previous_probability, reasons)
                            SELECT s.customer_id, s.model_id, s.as_of, s.probability, s.band, p.band, p.probability,
                                   s.reasons
                            FROM scored s LEFT JOIN previous p ON p.customer_id = s.customer_id
                            WHERE (p.band IS NOT NULL AND array_position(ARRAY['low','medium','high'], s.band)
                                                        > array_position(ARRAY['low','medium','high'], p.band))
                               OR (s.probability >= :threshold AND COALESCE(p.probability, 0) < :threshold)
                            ON CONFLICT (customer_id, model_id, as_of) DO NOTHING
                            RETURNING *
                        ), outbox AS (
                            INSERT INTO webhook_outbox (subscription_id, event_type, event_key, payload)
                            SELECT w.subscription_id, 'churn.alert', r.alert_id::text, jsonb_build_object(
                                       'type', 'churn.alert', 'alertId', r.alert_id, 'customerId', r.customer_id,
                                       'probability', r.probability, 'band', r.band, 'previousBand', r.previous_band,
                                       'previousProbability', r.previous_probability, 'reasons', r.reasons,
                                       'modelId', r.model_id, 'asOf', r.as_of, 'createdAt', r.created_at)
                            FROM raised r CROSS JOIN webhook_subscriptions w WHERE w.active
                        )
                        SELECT count(*) FROM raised""")
                .param("model", champion.get().id())
                .param("asOf", Date.valueOf(run.asOf()))
                .param("threshold", properties.churnAlertThreshold())
                .query(Long.class).single();
        log.info("alerts: {} new churn alerts (band rose, or probability crossed {})", raised,
                properties.churnAlertThreshold());
        contribution.incrementWriteCount(raised);
        return RepeatStatus.FINISHED;
    }
}

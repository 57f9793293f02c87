package dev.foresight.training;

import dev.foresight.features.SparkSessions;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts Spark on first use (steps that need no Spark never pay its start-up) and stops it with the application.
 * A wrong master URL fails the step that needs Spark with Spark's own message.
 */
@Component
public class SparkSessionProvider implements Supplier<SparkSession>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SparkSessionProvider.class);

    private final TrainingProperties properties;
    private SparkSession session;

    public SparkSessionProvider(TrainingProperties properties) {
        this.properties = properties;
    }

    @Override
    public synchronized SparkSession get() {
        if (session == null) {
            long started = System.nanoTime();
            try {
                session = SparkSessions.create(properties.sparkMaster(), properties.shufflePartitions());
            } catch (RuntimeException e) {
                throw new IllegalStateException("Cannot start Spark with master '" + properties.sparkMaster() + "': "
                        + e.getMessage(), e);
            }
            log.info("Spark {} started on {} in {} ms", session.version(), properties.sparkMaster(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return session;
    }

    @Override
    public synchronized void destroy() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }
}

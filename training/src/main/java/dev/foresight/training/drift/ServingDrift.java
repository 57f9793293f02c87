package dev.foresight.training.drift;

import dev.foresight.models.drift.DriftResult;
import dev.foresight.models.drift.PopulationCounts;
import dev.foresight.models.drift.ReferenceDistribution;
import dev.foresight.models.registry.RegisteredModel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The serving snapshot ({@code customer_features}) and a model's batch scores of it, counted in the model's
 * reference bins. Customers are streamed, so memory does not grow with their number.
 */
public final class ServingDrift {

    private static final TypeReference<Map<String, Double>> VALUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ServingDrift(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The date of the serving snapshot, if features have been built. */
    public Optional<LocalDate> asOf() {
        return jdbc.sql("SELECT max(as_of) FROM customer_features").query(LocalDate.class).optional();
    }

    public DriftResult measure(RegisteredModel model, ReferenceDistribution reference, LocalDate asOf, double threshold) {
        PopulationCounts counts = reference.counter();
        jdbc.sql("""
                        SELECT f.features::text, p.probability FROM customer_features f
                        JOIN predictions p ON p.customer_id = f.customer_id AND p.as_of = f.as_of
                        WHERE p.model_id = ? AND f.as_of = ?""")
                .params(model.id(), asOf).withFetchSize(5_000)
                .query(rs -> {
                    counts.add(json.readValue(rs.getString(1), VALUES), rs.getDouble(2));
                });
        return counts.result(threshold);
    }
}

package dev.foresight.training.score;

import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A customer's serving features as materialised in {@code customer_features}. */
public record FeatureRow(String customerId, LocalDate asOf, Map<String, Double> features) {

    private static final TypeReference<Map<String, Double>> VALUES = new TypeReference<>() {
    };

    /** Streams every customer's serving features in id order, so a restart resumes after the last committed chunk. */
    public static JdbcCursorItemReader<FeatureRow> reader(DataSource dataSource, JsonMapper json) {
        return new JdbcCursorItemReaderBuilder<FeatureRow>().name("customer-features").dataSource(dataSource)
                .sql("SELECT customer_id, as_of, features::text AS features FROM customer_features ORDER BY customer_id")
                .fetchSize(5_000)
                .rowMapper((rs, i) -> new FeatureRow(rs.getString(1), rs.getObject(2, LocalDate.class),
                        json.readValue(rs.getString(3), VALUES)))
                .build();
    }
}

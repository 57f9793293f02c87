package dev.foresight.scoring.customers;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.foresight.scoring.ScoringProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads serving features from {@code customer_features}, through a bounded cache with a short time to live: the
 * table changes only when the training job publishes a new snapshot, so a few seconds of staleness buys reads
 * without a database round trip or JSON parsing. The cache is per instance and disposable, so the service stays
 * stateless; a TTL of 0 turns it off.
 */
@Repository
public class CustomerFeatureRepository {

    private static final TypeReference<Map<String, Double>> VALUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LoadingCache<String, Optional<CustomerFeatures>> cache;

    CustomerFeatureRepository(JdbcClient jdbc, JsonMapper json, ScoringProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.cache = Caffeine.newBuilder().maximumSize(properties.featureCacheSize())
                .expireAfterWrite(properties.featureCacheTtl())
                .build(new com.github.benmanes.caffeine.cache.CacheLoader<>() {
                    @Override
                    public Optional<CustomerFeatures> load(String customerId) {
                        return read(customerId);
                    }

                    @Override
                    public Map<String, Optional<CustomerFeatures>> loadAll(Set<? extends String> customerIds) {
                        Map<String, CustomerFeatures> found = readAll(customerIds).stream()
                                .collect(Collectors.toMap(CustomerFeatures::customerId, Function.identity()));
                        return customerIds.stream().collect(Collectors.toMap(id -> id, id -> Optional.ofNullable(found.get(id))));
                    }
                });
    }

    public Optional<CustomerFeatures> find(String customerId) {
        return cache.get(customerId);
    }

    public List<CustomerFeatures> findAll(Collection<String> customerIds) {
        return cache.getAll(customerIds).values().stream().flatMap(Optional::stream).toList();
    }

    private Optional<CustomerFeatures> read(String customerId) {
        return jdbc.sql("SELECT customer_id, as_of, definition_version, features::text FROM customer_features WHERE customer_id = ?")
                .param(customerId).query(this::map).optional();
    }

    private List<CustomerFeatures> readAll(Collection<? extends String> customerIds) {
        return jdbc.sql("""
                        SELECT customer_id, as_of, definition_version, features::text FROM customer_features
                        WHERE customer_id = ANY(?)""")
                .param(customerIds.toArray(String[]::new)).query(this::map).list();
    }

    private CustomerFeatures map(ResultSet rs, int row) throws SQLException {
        return new CustomerFeatures(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                FeatureValues.of(json.readValue(rs.getString(4), VALUES)));
    }
}

package dev.foresight.scoring.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads serving features from {@code customer_features}; the service keeps no state of its own. */
@Repository
public class CustomerFeatureRepository {

    private static final TypeReference<Map<String, Double>> VALUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CustomerFeatureRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CustomerFeatures> find(String customerId) {
        return jdbc.sql("SELECT customer_id, as_of, definition_version, features::text FROM customer_features WHERE customer_id = ?")
                .param(customerId).query(this::map).optional();
    }

    public List<CustomerFeatures> findAll(Collection<String> customerIds) {
        return jdbc.sql("""
                        SELECT customer_id, as_of, definition_version, features::text FROM customer_features
                        WHERE customer_id = ANY(?)""")
                .param(customerIds.toArray(String[]::new)).query(this::map).list();
    }

    private CustomerFeatures map(ResultSet rs, int row) throws SQLException {
        return new CustomerFeatures(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                json.readValue(rs.getString(4), VALUES));
    }
}

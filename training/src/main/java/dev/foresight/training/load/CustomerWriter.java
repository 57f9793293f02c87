package dev.foresight.training.load;

import java.sql.Date;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Upserts customers: a reload refreshes signup date and attributes instead of duplicating the customer. */
public class CustomerWriter implements ItemWriter<CustomerRecord> {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public CustomerWriter(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void write(Chunk<? extends CustomerRecord> chunk) {
        jdbc.batchUpdate("""
                        INSERT INTO customers (customer_id, signup_date, attributes, source) VALUES (?, ?, ?::jsonb, ?)
                        ON CONFLICT (customer_id) DO UPDATE SET signup_date = EXCLUDED.signup_date,
                            attributes = EXCLUDED.attributes, source = EXCLUDED.source, loaded_at = now()""",
                chunk.getItems(), 1_000, (ps, c) -> {
                    ps.setString(1, c.customerId());
                    ps.setDate(2, c.signupDate() == null ? null : Date.valueOf(c.signupDate()));
                    ps.setString(3, json.writeValueAsString(c.attributes()));
                    ps.setString(4, c.source());
                });
    }
}

package dev.foresight.training.load;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts interactions in JDBC batches. {@code ON CONFLICT DO NOTHING} on (source, source_line) makes a reload or
 * a restarted chunk a no-op for rows already stored. Customers first seen here get a row too.
 */
public class InteractionWriter implements ItemWriter<Interaction> {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public InteractionWriter(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void write(Chunk<? extends Interaction> chunk) {
        List<? extends Interaction> items = chunk.getItems();
        jdbc.batchUpdate("""
                        INSERT INTO interactions (customer_id, occurred_at, type, channel, amount, quantity, product,
                            attributes, source, source_line)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (source, source_line) DO NOTHING""",
                items, 1_000, (ps, i) -> {
                    ps.setString(1, i.customerId());
                    ps.setTimestamp(2, Timestamp.from(i.occurredAt()));
                    ps.setString(3, i.type());
                    ps.setString(4, i.channel());
                    ps.setObject(5, i.amount());
                    ps.setObject(6, i.quantity());
                    ps.setString(7, i.product());
                    ps.setString(8, json.writeValueAsString(i.attributes()));
                    ps.setString(9, i.source());
                    ps.setLong(10, i.sourceLine());
                });
        List<String> newIds = items.stream().map(Interaction::customerId).distinct().toList();
        jdbc.batchUpdate("INSERT INTO customers (customer_id, source) VALUES (?, ?) ON CONFLICT (customer_id) DO NOTHING",
                newIds, 1_000, (ps, id) -> {
                    ps.setString(1, id);
                    ps.setString(2, items.get(0).source());
                });
    }
}

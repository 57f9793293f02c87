package dev.foresight.training.records;

import dev.foresight.models.RecordEncoding;
import dev.foresight.training.load.RawRecord;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds each record's customer's interaction-history features (the serving features the churn and upsell models
 * use, from {@code customer_features}) as fields {@code history.<feature>}. Serving joins the same table the same
 * way, so a record is encoded alike in both. The features are the latest snapshot's: for records whose outcome is
 * older than that snapshot they may reflect what happened after it, which the leakage guard then reports.
 */
final class HistoryJoin {

    private static final TypeReference<Map<String, Double>> FEATURES = new TypeReference<>() {
    };

    private HistoryJoin() {
    }

    static RecordTable join(RecordTable table, TargetDefinition.History history, JdbcClient jdbc, JsonMapper json) {
        Map<String, Map<String, Double>> customers = new HashMap<>();
        jdbc.sql("SELECT customer_id, features::text FROM customer_features").query((rs, row) ->
                customers.put(rs.getString(1), json.readValue(rs.getString(2), FEATURES))).list();
        Set<String> columns = new LinkedHashSet<>(table.columns());
        List<RawRecord> rows = table.rows().stream().map(record -> {
            Map<String, String> values = new HashMap<>(record.values());
            String key = values.get(history.key());
            Map<String, Double> features = key == null ? null : customers.get(key.trim());
            if (features != null) {
                features.forEach((name, value) -> values.put(RecordEncoding.HISTORY + name, Double.toString(value)));
            }
            return new RawRecord(record.line(), values, record.raw(), record.readError());
        }).toList();
        customers.values().stream().flatMap(f -> f.keySet().stream()).distinct()
                .forEach(name -> columns.add(RecordEncoding.HISTORY + name));
        return new RecordTable(columns, rows, table.unreadable());
    }
}

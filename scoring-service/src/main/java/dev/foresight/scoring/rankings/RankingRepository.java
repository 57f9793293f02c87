package dev.foresight.scoring.rankings;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the latest batch scores of a champion, best first, with keyset paging. */
@Repository
class RankingRepository {

    private static final TypeReference<Map<String, Object>> REASONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RankingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Row(String customerId, double probability, int score, String segment, String owner,
               Map<String, Object> reasons) {
    }

    java.time.LocalDate latestAsOf(long modelId) {
        return jdbc.sql("SELECT max(as_of) FROM predictions WHERE model_id = ?").param(modelId)
                .query(java.time.LocalDate.class).optional().orElse(null);
    }

    List<Row> page(long modelId, java.time.LocalDate asOf, int minScore, String segment, String owner,
                   RankCursor after, int limit) {
        return jdbc.sql("""
                        SELECT p.customer_id, p.probability, p.score, c.attributes->>'segment', c.attributes->>'owner',
                               p.reasons::text
                        FROM predictions p LEFT JOIN customers c ON c.customer_id = p.customer_id
                        WHERE p.model_id = :model AND p.as_of = :asOf AND p.score >= :minScore
                          AND (CAST(:segment AS TEXT) IS NULL OR c.attributes->>'segment' = :segment)
                          AND (CAST(:owner AS TEXT) IS NULL OR c.attributes->>'owner' = :owner)
                          AND (CAST(:afterId AS TEXT) IS NULL OR p.probability < :afterP
                               OR (p.probability = :afterP AND p.customer_id > :afterId))
                        ORDER BY p.probability DESC, p.customer_id
                        LIMIT :limit""")
                .param("model", modelId).param("asOf", asOf).param("minScore", minScore)
                .param("segment", segment).param("owner", owner)
                .param("afterP", after == null ? 0.0 : after.probability())
                .param("afterId", after == null ? null : after.customerId())
                .param("limit", limit)
                .query((rs, i) -> new Row(rs.getString(1), rs.getDouble(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), json.readValue(rs.getString(6), REASONS)))
                .list();
    }
}

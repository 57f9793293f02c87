package dev.foresight.scoring.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureValuesTest {

    @Test
    void behavesLikeTheMapItWasBuiltFrom() {
        Map<String, Double> source = new LinkedHashMap<>();
        source.put("count_login_30d", 4.0);
        source.put("days_since_activity", 12.5);
        source.put("attr_seats", null);
        FeatureValues values = FeatureValues.of(source);

        assertThat(values.get("count_login_30d")).isEqualTo(4.0);
        assertThat(values.get("days_since_activity")).isEqualTo(12.5);
        assertThat(values.get("attr_seats")).isNaN();
        assertThat(values.get("unknown")).isNull();
        assertThat(values.containsKey("unknown")).isFalse();
        assertThat(values).hasSize(3).containsKeys("count_login_30d", "days_since_activity", "attr_seats");
        assertThat(new LinkedHashMap<>(values)).containsEntry("days_since_activity", 12.5);
    }

    @Test
    void customersWithTheSameFeaturesKeepTheirOwnValues() {
        var first = FeatureValues.of(Map.of("a", 1.0, "b", 2.0));
        var second = FeatureValues.of(Map.of("a", 3.0, "b", 4.0));
        assertThat(second.get("a")).isEqualTo(3.0);
        assertThat(first.get("b")).isEqualTo(2.0);
    }
}

package dev.foresight.models.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.FeatureManifest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonsTest {

    private final Reasons reasons = new Reasons(new FeatureManifest("v", List.of(
            new FeatureManifest.FeatureColumn("count_purchase_30d", "double", "orders in the last 30 days"),
            new FeatureManifest.FeatureColumn("days_since_activity", "double", "days since the last activity"),
            new FeatureManifest.FeatureColumn("avg_amount", "double", "average order value"))),
            Map.of("count_purchase_30d", 2.0, "avg_amount", 37.456));

    private final Score score = new Score(0.7, List.of(
            new Contribution("count_purchase_30d", 7, 0.9),
            new Contribution("days_since_activity", 3, 0.2),
            new Contribution("avg_amount", 12.5, -0.4)));

    @Test
    void reasonsReadLikeAPersonWouldSayThem() {
        assertThat(reasons.raising(score, 5)).extracting(Reason::text)
                .containsExactly("orders in the last 30 days: 7 (typical: 2)", "days since the last activity: 3");
        assertThat(reasons.lowering(score, 5)).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("average order value: 12.5 (typical: 37.5)");
            assertThat(r.direction()).isEqualTo("lowers");
            assertThat(r.weight()).isEqualTo(-0.4);
        });
    }

    @Test
    void indicatorsOfARecordsFieldsReadAsYesOrNo() {
        var manifest = new FeatureManifest("v", List.of(
                new FeatureManifest.FeatureColumn("Lead Source=google", FeatureManifest.INDICATOR, "Lead Source is google")));
        var leadReasons = new Reasons(manifest, Map.of("Lead Source=google", 0.0));
        var lead = new Score(0.8, List.of(new Contribution("Lead Source=google", 1, 0.5)));

        assertThat(leadReasons.raising(lead, 5)).extracting(Reason::text).containsExactly("Lead Source is google: yes (typical: no)");
    }

    @Test
    void eachSideIsCappedAndStrongestFirst() {
        assertThat(reasons.raising(score, 1)).extracting(Reason::feature).containsExactly("count_purchase_30d");
    }

    @Test
    void numbersAreWrittenAsFormatWouldWriteThem() {
        var random = new java.util.SplittableRandom(4);
        for (int i = 0; i < 20_000; i++) {
            double value = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(-3, 6));
            String expected = value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT,
                    Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 1 ? "%.1f" : "%.2f", value);
            assertThat(Reasons.number(value)).as("%s", value).isEqualTo(expected.equals("-0.00") ? "0.00" : expected);
        }
        assertThat(Reasons.number(-0.004)).isEqualTo("0.00");
        assertThat(Reasons.number(7)).isEqualTo("7");
    }
}

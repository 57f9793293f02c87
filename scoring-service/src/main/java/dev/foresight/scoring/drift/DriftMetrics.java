package dev.foresight.scoring.drift;

import dev.foresight.models.drift.DriftCheck;
import dev.foresight.models.drift.DriftChecks;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The latest drift check of every champion as gauges ({@code foresight_drift_score_psi}, {@code
 * foresight_drift_feature_psi}, {@code foresight_drift_flagged}, tagged by target and feature), read from the
 * registry as often as champions are refreshed, so every instance reports the same values.
 */
@Component
@ConditionalOnWebApplication
class DriftMetrics {

    private final DriftChecks checks;
    private final MultiGauge scorePsi;
    private final MultiGauge featurePsi;
    private final MultiGauge flagged;

    DriftMetrics(DriftChecks checks, MeterRegistry meters) {
        this.checks = checks;
        this.scorePsi = MultiGauge.builder("foresight.drift.score.psi")
                .description("Population stability index of the champion's scores in its latest scoring run").register(meters);
        this.featurePsi = MultiGauge.builder("foresight.drift.feature.psi")
                .description("Population stability index of a feature in the champion's latest scoring run").register(meters);
        this.flagged = MultiGauge.builder("foresight.drift.flagged")
                .description("1 when the champion's latest scoring run reached the drift threshold").register(meters);
        refresh();
    }

    @Scheduled(fixedDelayString = "${foresight.scoring.champion-refresh:10s}", initialDelayString = "${foresight.scoring.champion-refresh:10s}")
    void refresh() {
        List<DriftCheck> latest = checks.latestOfChampions();
        List<MultiGauge.Row<?>> score = new ArrayList<>();
        List<MultiGauge.Row<?>> features = new ArrayList<>();
        List<MultiGauge.Row<?>> drifted = new ArrayList<>();
        for (DriftCheck check : latest) {
            Tags target = Tags.of("target", check.target());
            score.add(MultiGauge.Row.of(target, check.scorePsi()));
            drifted.add(MultiGauge.Row.of(target, check.drifted() ? 1 : 0));
            check.featurePsi().forEach((feature, psi) -> features.add(MultiGauge.Row.of(target.and("feature", feature), psi)));
        }
        scorePsi.register(score, true);
        featurePsi.register(features, true);
        flagged.register(drifted, true);
    }
}

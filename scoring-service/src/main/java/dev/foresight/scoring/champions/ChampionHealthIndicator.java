package dev.foresight.scoring.champions;

import dev.foresight.models.Targets;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health shows which targets have a champion; without any the service is up but cannot score yet. */
@Component("champions")
class ChampionHealthIndicator implements HealthIndicator {

    private final ChampionModels champions;

    ChampionHealthIndicator(ChampionModels champions) {
        this.champions = champions;
    }

    @Override
    public Health health() {
        var builder = Health.up();
        for (String target : Targets.ALL) {
            builder.withDetail(target, champions.of(target)
                    .map(c -> "v" + c.registered().version() + " (" + c.registered().algorithm() + ")")
                    .orElse("no champion yet"));
        }
        return builder.build();
    }
}

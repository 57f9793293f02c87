package dev.foresight.scoring.champions;

import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.RegisteredModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The champion model of each target, loaded from the registry at start and re-checked on a schedule. A new
 * champion is loaded and verified (SHA-256) before an atomic swap, so requests in flight never see a half-loaded
 * model; an artifact that fails verification is refused and the previous champion keeps serving.
 */
@Component
public class ChampionModels {

    private static final Logger log = LoggerFactory.getLogger(ChampionModels.class);

    private final ModelRegistry registry;
    private final AtomicReference<Map<String, Champion>> champions = new AtomicReference<>(Map.of());

    public ChampionModels(ModelRegistry registry) {
        this.registry = registry;
    }

    public Optional<Champion> of(String target) {
        return Optional.ofNullable(champions.get().get(target));
    }

    public Map<String, Champion> all() {
        return champions.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${foresight.scoring.champion-refresh:10s}", initialDelayString = "${foresight.scoring.champion-refresh:10s}")
    public void refresh() {
        Map<String, Champion> current = champions.get();
        Map<String, Champion> next = new HashMap<>();
        for (RegisteredModel registered : registry.champions()) {
            Champion loaded = current.get(registered.target());
            if (loaded != null && loaded.registered().id() == registered.id()) {
                next.put(registered.target(), loaded);
                continue;
            }
            try {
                next.put(registered.target(), new Champion(registered, registry.load(registered)));
                log.info("Serving {} model v{} ({}, id {})", registered.target(), registered.version(),
                        registered.algorithm(), registered.id());
            } catch (RuntimeException e) {
                log.error("Refusing {} model v{}: {}; keeping the previous champion", registered.target(),
                        registered.version(), e.getMessage());
                if (loaded != null) {
                    next.put(registered.target(), loaded);
                }
            }
        }
        champions.set(Map.copyOf(next));
    }
}

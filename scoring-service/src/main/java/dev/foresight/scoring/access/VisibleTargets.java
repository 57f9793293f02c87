package dev.foresight.scoring.access;

import dev.foresight.models.Targets;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;

/** Which targets' scores the current caller may see: sales upsell, retention churn, data scientists all. */
public final class VisibleTargets {

    private VisibleTargets() {
    }

    public static Set<String> ofCurrentCaller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiKeys.Caller caller) {
            return switch (caller.role()) {
                case SALES -> Set.of(Targets.UPSELL);
                case RETENTION -> Set.of(Targets.CHURN);
                case DATA_SCIENTIST, ADMIN -> Set.copyOf(Targets.ALL);
            };
        }
        return Set.of();
    }
}

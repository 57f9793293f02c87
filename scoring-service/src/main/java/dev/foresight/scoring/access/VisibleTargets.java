package dev.foresight.scoring.access;

import dev.foresight.models.Targets;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which targets' scores the current caller may see: sales upsell, retention churn, data scientists and admins all.
 * A caller with several roles (possible with bearer tokens) sees the union.
 */
public final class VisibleTargets {

    private VisibleTargets() {
    }

    public static Set<String> ofCurrentCaller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> visible = new HashSet<>();
        if (authentication == null) {
            return visible;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            switch (authority.getAuthority()) {
                case "ROLE_SALES" -> visible.add(Targets.UPSELL);
                case "ROLE_RETENTION" -> visible.add(Targets.CHURN);
                case "ROLE_DATA_SCIENTIST", "ROLE_ADMIN" -> visible.addAll(Targets.ALL);
                default -> {
                }
            }
        }
        return visible;
    }
}

package dev.foresight.scoring.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Access control settings ({@code foresight.access.*}).
 *
 * @param keyCacheTtl how long an instance trusts an API key check before asking the database again; a key revoked
 *                    through this instance stops at once, through another instance within this time (0: no cache)
 * @param jwtRolesClaim the bearer-token claim listing the caller's Foresight roles (when JWTs are configured)
 * @param targetRoles   which roles may score each declared record target ({@code POST /api/v1/targets/{target}/score});
 *                      a target not listed is open to sales (lead scores are theirs); data scientists and admins may
 *                      always
 */
@Validated
@ConfigurationProperties("foresight.access")
public record AccessProperties(
        @NotNull @DurationMin(seconds = 0) @DefaultValue("5s") Duration keyCacheTtl,
        @NotBlank @DefaultValue("roles") String jwtRolesClaim,
        @NotNull @DefaultValue Map<String, Set<Role>> targetRoles) {

    /** The roles that may score record target {@code target}. */
    public Set<Role> rolesFor(String target) {
        Set<Role> roles = java.util.EnumSet.of(Role.DATA_SCIENTIST, Role.ADMIN);
        roles.addAll(targetRoles.getOrDefault(target, Set.of(Role.SALES)));
        return roles;
    }
}

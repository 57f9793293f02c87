package dev.foresight.scoring.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
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
 */
@Validated
@ConfigurationProperties("foresight.access")
public record AccessProperties(
        @NotNull @DurationMin(seconds = 0) @DefaultValue("5s") Duration keyCacheTtl,
        @NotBlank @DefaultValue("roles") String jwtRolesClaim) {
}

package dev.foresight.scoring.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads Foresight roles from a bearer token's claim (a list, or a space-separated string, of role codes such as
 * {@code sales} or {@code data-scientist}); codes Foresight does not know are ignored, so a token made for other
 * applications grants nothing here.
 */
final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final String claim;

    JwtRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object value = jwt.getClaims().get(claim);
        List<String> codes = value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                : value instanceof String text ? Arrays.asList(text.trim().split("\\s+")) : List.of();
        return codes.stream().map(JwtRoles::role).flatMap(Optional::stream)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    private static Optional<Role> role(String code) {
        return Arrays.stream(Role.values()).filter(r -> r.code().equals(code)).findFirst();
    }
}

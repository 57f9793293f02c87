package dev.foresight.scoring.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code X-API-Key: fsk_…} (or {@code Authorization: Bearer fsk_…}) against the stored hashes. */
class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        if (key != null) {
            keys.authenticate(key).ifPresent(caller -> SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(caller, null,
                            List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())))));
        }
        chain.doFilter(request, response);
    }

    private static String key(HttpServletRequest request) {
        String header = request.getHeader("X-API-Key");
        if (header != null) {
            return header.trim();
        }
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith("Bearer fsk_") ? authorization.substring(7).trim() : null;
    }
}

package dev.foresight.scoring.access;

import dev.foresight.scoring.problems.ErrorCode;
import dev.foresight.scoring.problems.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what — the one table of API permissions. Anything not listed is denied. Health and the OpenAPI
 * document are public; other actuator endpoints are for admins. Callers authenticate with an API key or, when an
 * issuer (or its keys) is configured under {@code spring.security.oauth2.resourceserver.jwt.*}, with a JWT bearer
 * token whose roles claim names Foresight roles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String SALES = Role.SALES.name();
    private static final String RETENTION = Role.RETENTION.name();
    private static final String DATA_SCIENTIST = Role.DATA_SCIENTIST.name();
    private static final String ADMIN = Role.ADMIN.name();

    private static final String UNAUTHENTICATED = "A valid API key (X-API-Key, create one with `foresight keys create`)"
            + " or, where configured, a valid bearer token is needed.";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, ObjectProvider<JwtDecoder> jwtDecoder,
                            AccessProperties properties) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) ->
                ProblemJson.write(response, ErrorCode.UNAUTHENTICATED, UNAUTHENTICATED);
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            var converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(new JwtRoles(properties.jwtRolesClaim()));
            http.oauth2ResourceServer(server -> server
                    .bearerTokenResolver(SecurityConfiguration::bearerTokenUnlessApiKey)
                    .authenticationEntryPoint(unauthenticated)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter)));
        }
        return http
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(keys), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/scores/upsell").hasAnyRole(SALES, DATA_SCIENTIST)
                        .requestMatchers(HttpMethod.GET, "/api/v1/scores/churn").hasAnyRole(RETENTION, DATA_SCIENTIST)
                        .requestMatchers("/api/v1/alerts/**").hasRole(RETENTION)
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*/predictions").hasAnyRole(SALES, RETENTION, DATA_SCIENTIST)
                        .requestMatchers(HttpMethod.POST, "/api/v1/predictions").hasAnyRole(SALES, RETENTION, DATA_SCIENTIST)
                        .requestMatchers(HttpMethod.POST, "/api/v1/predictions/what-if").hasRole(DATA_SCIENTIST)
                        // Which roles may score which target is configuration (foresight.access.target-roles).
                        .requestMatchers(HttpMethod.POST, "/api/v1/targets/*/score").hasAnyRole(SALES, RETENTION, DATA_SCIENTIST, ADMIN)
                        .requestMatchers("/api/v1/models", "/api/v1/models/**").hasRole(DATA_SCIENTIST)
                        .requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**").hasRole(ADMIN)
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) -> ProblemJson.write(response, ErrorCode.FORBIDDEN,
                                "The caller's role may not call " + request.getMethod() + " " + request.getRequestURI() + ".")))
                .build();
    }

    /** API keys may also come as {@code Bearer fsk_…}; those are for {@link ApiKeyFilter}, not JWTs. */
    private static String bearerTokenUnlessApiKey(HttpServletRequest request) {
        String token = new DefaultBearerTokenResolver().resolve(request);
        return token == null || token.startsWith("fsk_") ? null : token;
    }
}

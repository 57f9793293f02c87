package dev.foresight.scoring.access;

import dev.foresight.scoring.problems.ErrorCode;
import dev.foresight.scoring.problems.ProblemJson;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what — the one table of API permissions. Anything not listed is denied. Health and the OpenAPI
 * document are public; other actuator endpoints are for admins.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String SALES = Role.SALES.name();
    private static final String RETENTION = Role.RETENTION.name();
    private static final String DATA_SCIENTIST = Role.DATA_SCIENTIST.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys) throws Exception {
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
                        .requestMatchers("/api/v1/models", "/api/v1/models/**").hasRole(DATA_SCIENTIST)
                        .requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**").hasRole(ADMIN)
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ProblemJson.write(response, ErrorCode.UNAUTHENTICATED,
                                "A valid API key is needed: send it as X-API-Key (create one with `foresight keys create`)."))
                        .accessDeniedHandler((request, response, e) -> ProblemJson.write(response, ErrorCode.FORBIDDEN,
                                "This API key's role may not call " + request.getMethod() + " " + request.getRequestURI() + ".")))
                .build();
    }
}

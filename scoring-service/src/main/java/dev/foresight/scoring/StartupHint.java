package dev.foresight.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the person who started the service where it listens and how to ask it something. */
@Component
class StartupHint {

    private static final Logger log = LoggerFactory.getLogger(StartupHint.class);

    private final JdbcClient jdbc;

    StartupHint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onStarted(WebServerInitializedEvent event) {
        String base = "http://localhost:" + event.getWebServer().getPort();
        String customer = jdbc.sql("SELECT customer_id FROM customer_features ORDER BY customer_id LIMIT 1")
                .query(String.class).optional().orElse("CUSTOMER_ID");
        log.info("""
                Foresight scoring service is listening on {}
                  try:     curl -s -H 'X-API-Key: <key>' {}/api/v1/customers/{}/predictions   (keys: foresight keys create)
                  health:  {}/actuator/health    OpenAPI: {}/v3/api-docs""", base, base, customer, base, base);
    }
}

package dev.foresight.scoring.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.scoring.ScoringServiceApplication;
import dev.foresight.scoring.TestModels;
import dev.foresight.scoring.access.ApiKeys;
import dev.foresight.scoring.access.Role;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook delivery against a real HTTP receiver on loopback: signed, retried with backoff until the receiver
 * recovers, dead-lettered when it never does, and not lost when the service restarts in between.
 */
class WebhookDeliveryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET = "a-receiver-secret-0123456789";

    @TempDir
    Path work;
    private final Receiver receiver = new Receiver();

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void aSignedAlertIsRetriedUntilTheReceiverRecovers() throws Exception {
        receiver.start(2); // two failures, then success
        try (var service = service()) {
            long subscription = subscribe(service, receiver.url());
            long delivery = queueAlert(service, subscription);
            await(() -> status(service, delivery).equals("delivered"));

            assertThat(receiver.calls.get()).isEqualTo(3);
            Receiver.Request last = receiver.requests.get(receiver.requests.size() - 1);
            assertThat(last.signature()).isEqualTo(WebhookSignature.sign(SECRET, Long.parseLong(last.timestamp()), last.body()));
            assertThat(JSON.readTree(last.body()).get("customerId").asText()).isEqualTo("C42");
            JsonNode log = JSON.readTree(get(service, "/api/v1/webhooks/" + subscription + "/deliveries"));
            assertThat(log.findValuesAsString("statusCode")).containsExactly("200", "500", "500");
        }
    }

    @Test
    void aReceiverThatNeverRecoversGetsTheDeliveryDeadLettered() throws Exception {
        receiver.start(Integer.MAX_VALUE);
        try (var service = service()) {
            long delivery = queueAlert(service, subscribe(service, receiver.url()));
            await(() -> status(service, delivery).equals("dead"));
            assertThat(receiver.calls.get()).isEqualTo(4); // foresight.webhooks.max-attempts
        }
    }

    @Test
    void aRestartLosesNoUndeliveredAlert() throws Exception {
        long delivery;
        try (var service = service()) {
            long subscription = subscribe(service, "http://127.0.0.1:9/unreachable");
            delivery = queueAlert(service, subscription);
            await(() -> attempts(service, delivery) >= 1);
            receiver.start(0);
            jdbc(service).sql("UPDATE webhook_subscriptions SET url = ?").param(receiver.url()).update();
        } // the service stops with the alert still undelivered
        try (var restarted = service()) {
            await(() -> status(restarted, delivery).equals("delivered"));
            assertThat(receiver.calls.get()).isEqualTo(1);
        }
    }

    /** A scoring service on this test's own database; a second one started later finds what the first left. */
    private ConfigurableApplicationContext service() {
        return new SpringApplicationBuilder(ScoringServiceApplication.class).properties(
                "foresight.embedded-database.data-directory=" + work.resolve("pg"),
                "foresight.embedded-database.port=0",
                "foresight.webhooks.poll-interval=100ms",
                "foresight.webhooks.initial-backoff=200ms",
                "foresight.webhooks.max-attempts=4",
                "foresight.webhooks.timeout=2s",
                "server.port=0").run();
    }

    private static long subscribe(ConfigurableApplicationContext service, String url) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base(service).resolve("/api/v1/webhooks"))
                .header("Content-Type", "application/json").header("X-API-Key", adminKey(service))
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + url + "\", \"secret\": \"" + SECRET + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains(SECRET); // shown once, at creation
        assertThat(get(service, "/api/v1/webhooks")).doesNotContain(SECRET);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    /** What the training job's alert step writes: the alert and its outbox row, in one transaction. */
    private static long queueAlert(ConfigurableApplicationContext service, long subscription) {
        long model = service.getBean(ModelRegistry.class).register(TestModels.churnModel("run-" + subscription, 5)).id();
        return jdbc(service).sql("""
                        INSERT INTO webhook_outbox (subscription_id, event_type, event_key, payload)
                        VALUES (?, 'churn.alert', '1', jsonb_build_object('type', 'churn.alert', 'customerId', 'C42',
                                'probability', 0.71, 'band', 'high', 'previousBand', 'medium', 'modelId', ?::bigint))
                        RETURNING delivery_id""")
                .params(subscription, model).query(Long.class).single();
    }

    private static String status(ConfigurableApplicationContext service, long delivery) {
        return jdbc(service).sql("SELECT status FROM webhook_outbox WHERE delivery_id = ?").param(delivery).query(String.class).single();
    }

    private static int attempts(ConfigurableApplicationContext service, long delivery) {
        return jdbc(service).sql("SELECT attempts FROM webhook_outbox WHERE delivery_id = ?").param(delivery).query(Integer.class).single();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext service) {
        return service.getBean(JdbcClient.class);
    }

    private static URI base(ConfigurableApplicationContext service) {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort());
    }

    private static String get(ConfigurableApplicationContext service, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base(service).resolve(path))
                .header("X-API-Key", adminKey(service)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String adminKey(ConfigurableApplicationContext service) {
        return service.getBean(ApiKeys.class).create("ops", Role.ADMIN).key();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** A webhook receiver that fails its first {@code failures} calls. */
    static final class Receiver {
        record Request(String signature, String timestamp, String body) {
        }

        final AtomicInteger calls = new AtomicInteger();
        final List<Request> requests = new CopyOnWriteArrayList<>();
        private HttpServer server;

        void start(int failures) throws Exception {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                requests.add(new Request(exchange.getRequestHeaders().getFirst("Foresight-Signature"),
                        exchange.getRequestHeaders().getFirst("Foresight-Timestamp"), body));
                int status = calls.incrementAndGet() <= failures ? 500 : 200;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}

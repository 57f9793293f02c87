package dev.foresight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a real HTTP server on loopback: it keeps the rate and counts failures by cause. */
class OpenLoopLoadTest {

    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.createContext("/", exchange -> {
            served.incrementAndGet();
            int status = exchange.getRequestURI().getPath().equals("/ok") ? 200 : 503;
            exchange.sendResponseHeaders(status, 2);
            exchange.getResponseBody().write("{}".getBytes());
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void sendsEveryDueRequestAtTheRequestedRateAndCountsFailuresByCause() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (var load = new OpenLoopLoad(4)) {
            var result = load.run(i -> new HttpGet(base + (i % 4 == 0 ? "/unavailable" : "/ok")), 200, Duration.ofSeconds(2));

            assertThat(served.get()).isEqualTo(400);
            assertThat(result.failures()).containsEntry("HTTP 503", 100L).hasSize(1);
            assertThat(result.throughput()).as("never faster than the schedule").isLessThanOrEqualTo(205.0);
            assertThat(result.p50Millis()).isPositive().isLessThanOrEqualTo(result.p99Millis());
        }
    }

    @Test
    void aStalledServerShowsUpInTheLatencyOfTheRequestsThatWaited() throws Exception {
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (var load = new OpenLoopLoad(1)) {
            var result = load.run(i -> new HttpGet(base + "/slow"), 20, Duration.ofSeconds(1));

            // One connection, 300 ms per answer, a request due every 50 ms: later requests wait for earlier ones,
            // and that wait counts (a closed-loop client would report ~300 ms for all of them).
            assertThat(result.p99Millis()).isGreaterThan(3_000);
        }
    }
}

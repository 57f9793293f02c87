package dev.foresight.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The scoring service over HTTP on loopback at a fixed request rate: {@code GET /customers/{id}/predictions} for
 * random customers against the liveness probe of the same server (authentication and routing included, no work),
 * and batches of 1,000 ids against single predictions.
 */
final class HttpLoadBenchmark {

    private final ServiceUnderTest service;
    private final OpenLoopLoad load = new OpenLoopLoad();

    HttpLoadBenchmark(ServiceUnderTest service) {
        this.service = service;
    }

    void run(Report report, int rate, Duration duration) throws Exception {
        var random = new SplittableRandom(3);
        int[] customers = IntStream.range(0, 1_000_000).map(i -> random.nextInt(service.customers)).toArray();
        System.out.println("benchmark: warming up the service for " + duration.toSeconds() + " s");
        load.run(i -> prediction(customers[i % customers.length]), rate / 2, duration);
        var trivial = load.run(i -> get("/actuator/health/liveness"), rate, duration);
        var predictions = load.run(i -> prediction(customers[i % customers.length]), rate, duration);
        print("liveness probe", trivial);
        print("predictions", predictions);
        String rateText = String.format(Locale.ROOT, "%,d req/s", rate);
        report.add("HTTP GET /customers/{id}/predictions p50 at " + rateText, predictions.p50Millis(), "ms",
                "liveness probe p50", trivial.p50Millis(), "-", true);
        report.add("HTTP GET /customers/{id}/predictions p99 at " + rateText, predictions.p99Millis(), "ms",
                "liveness probe p99", trivial.p99Millis(), "<= 5 ms", predictions.p99Millis() <= 5 && predictions.errors() == 0);
        load.sequential(i -> batch(i, 1_000), 20);
        var batches = load.sequential(i -> batch(i, 1_000), 100);
        var singles = load.sequential(i -> prediction(customers[i]), 1_000);
        print("batch of 1,000", batches);
        report.add("HTTP POST /predictions, 1,000 ids, p50", batches.p50Millis(), "ms", "one id per request p50 x 1,000",
                singles.p50Millis() * 1_000, "<= 50 ms", batches.p50Millis() <= 50 && batches.errors() == 0);
    }

    private static void print(String name, OpenLoopLoad.Result r) {
        System.out.printf(Locale.ROOT, "benchmark: %-16s p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.0f req/s, failures %s%n",
                name, r.p50Millis(), r.p99Millis(), r.maxMillis(), r.throughput(), r.failures());
    }

    private HttpRequest prediction(int customer) {
        return get("/api/v1/customers/" + ServiceUnderTest.customerId(customer) + "/predictions");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port + path))
                .header("X-API-Key", service.apiKey).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpRequest batch(int seed, int size) {
        var random = new SplittableRandom(seed);
        String ids = IntStream.range(0, size).mapToObj(i -> "\"" + ServiceUnderTest.customerId(random.nextInt(service.customers)) + "\"")
                .collect(Collectors.joining(","));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port + "/api/v1/predictions"))
                .header("X-API-Key", service.apiKey).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"customerIds\":[" + ids + "]}")).build();
    }
}

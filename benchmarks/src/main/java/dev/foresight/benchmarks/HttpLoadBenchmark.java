package dev.foresight.benchmarks;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The scoring service over HTTP on loopback at a fixed request rate: {@code GET /customers/{id}/predictions} for
 * random customers against the liveness probe of the same server (authentication and routing included, no work),
 * and batches of 1,000 ids against single predictions.
 */
final class HttpLoadBenchmark {

    private final ServiceUnderTest service;
    private final OpenLoopLoad load;

    HttpLoadBenchmark(ServiceUnderTest service, int connections) {
        this.service = service;
        this.load = new OpenLoopLoad(connections);
    }

    void run(Report report, int rate, Duration duration) throws Exception {
        var random = new SplittableRandom(3);
        int[] customers = IntStream.range(0, 1_000_000).map(i -> random.nextInt(service.customers)).toArray();
        System.out.println("benchmark: warming up the service for " + duration.toSeconds() + " s");
        load.run(i -> prediction(customers[i % customers.length]), rate / 4, duration);
        var idleTrivial = load.sequential(i -> get("/actuator/health/liveness"), 2_000);
        var idlePredictions = load.sequential(i -> prediction(customers[i]), 2_000);
        print("one at a time: liveness probe", idleTrivial);
        print("one at a time: predictions", idlePredictions);
        report.add("HTTP GET /customers/{id}/predictions, one request at a time, p50", idlePredictions.p50Millis(), "ms",
                "liveness probe p50", idleTrivial.p50Millis(), "-", true);
        var trivial = load.run(i -> get("/actuator/health/liveness"), rate, duration);
        var predictions = load.run(i -> prediction(customers[i % customers.length]), rate, duration);
        print("liveness probe at " + rate + "/s", trivial);
        print("predictions at " + rate + "/s", predictions);
        String rateText = String.format(Locale.ROOT, "%,d req/s", rate);
        report.add("HTTP GET /customers/{id}/predictions p99 at " + rateText + " (achieved "
                        + String.format(Locale.ROOT, "%,.0f", predictions.throughput()) + ")", predictions.p99Millis(), "ms",
                "liveness probe p99 at the same rate", trivial.p99Millis(), "<= 5 ms",
                predictions.p99Millis() <= 5 && predictions.errors() == 0);
        load.sequential(i -> batch(i, 1_000), 20);
        var batches = load.sequential(i -> batch(i, 1_000), 100);
        print("batch of 1,000", batches);
        report.add("HTTP POST /predictions, 1,000 ids, p50", batches.p50Millis(), "ms", "one id per request p50 x 1,000",
                idlePredictions.p50Millis() * 1_000, "<= 50 ms", batches.p50Millis() <= 50 && batches.errors() == 0);
    }

    private static void print(String name, OpenLoopLoad.Result r) {
        System.out.printf(Locale.ROOT, "benchmark: %-32s p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.0f req/s, failures %s%n",
                name, r.p50Millis(), r.p99Millis(), r.maxMillis(), r.throughput(), r.failures());
    }

    private HttpUriRequestBase prediction(int customer) {
        return get("/api/v1/customers/" + ServiceUnderTest.customerId(customer) + "/predictions");
    }

    private HttpUriRequestBase get(String path) {
        var request = new HttpGet("http://127.0.0.1:" + service.port + path);
        request.setHeader("X-API-Key", service.apiKey);
        return request;
    }

    private HttpUriRequestBase batch(int seed, int size) {
        var random = new SplittableRandom(seed);
        String ids = IntStream.range(0, size).mapToObj(i -> "\"" + ServiceUnderTest.customerId(random.nextInt(service.customers)) + "\"")
                .collect(Collectors.joining(","));
        var request = new HttpPost("http://127.0.0.1:" + service.port + "/api/v1/predictions");
        request.setHeader("X-API-Key", service.apiKey);
        request.setEntity(new StringEntity("{\"customerIds\":[" + ids + "]}", ContentType.APPLICATION_JSON));
        return request;
    }
}

package dev.foresight.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A fixed-rate (open-loop) HTTP load, as wrk2 does it: request {@code i} is due at {@code start + i / rate} whether
 * or not earlier ones have answered, and its latency counts from when it was due, so a stall shows up in the
 * percentiles instead of silently lowering the rate (no coordinated omission).
 */
final class OpenLoopLoad {

    /** Latencies, achieved rate and the failed requests by cause (HTTP status or exception). */
    record Result(double p50Millis, double p99Millis, double maxMillis, double throughput, Map<String, Long> failures) {
        long errors() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Result run(IntFunction<HttpRequest> request, int rate, Duration duration) {
        Histogram latencies = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
        Map<String, Long> failures = new ConcurrentHashMap<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        int total = (int) (duration.toNanos() / interval);
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        latencies.recordValue(Math.max(0, System.nanoTime() - due));
                        if (failure != null || response.statusCode() != 200) {
                            String cause = failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode();
                            failures.merge(cause, 1L, Long::sum);
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(99)),
                millis(latencies.getMaxValue()), total / seconds, Map.copyOf(failures));
    }

    /** Sends one request at a time and returns the latencies' percentiles (closed loop, for large batches). */
    Result sequential(IntFunction<HttpRequest> request, int count) throws Exception {
        Histogram latencies = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        Map<String, Long> failures = new TreeMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            int status = client.send(request.apply(i), HttpResponse.BodyHandlers.discarding()).statusCode();
            latencies.recordValue(System.nanoTime() - sent);
            if (status != 200) {
                failures.merge("HTTP " + status, 1L, Long::sum);
            }
        }
        return new Result(millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(99)),
                millis(latencies.getMaxValue()), count / ((System.nanoTime() - start) / 1e9), failures);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}

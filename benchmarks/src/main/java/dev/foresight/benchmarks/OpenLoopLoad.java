package dev.foresight.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

    record Result(double p50Millis, double p99Millis, double maxMillis, double throughput, long errors) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Result run(IntFunction<HttpRequest> request, int rate, Duration duration) {
        Histogram latencies = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicLong errors = new AtomicLong();
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
                            errors.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(99)),
                millis(latencies.getMaxValue()), total / seconds, errors.get());
    }

    /** Sends one request at a time and returns the latencies' percentiles (closed loop, for large batches). */
    Result sequential(IntFunction<HttpRequest> request, int count) throws Exception {
        Histogram latencies = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        long errors = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            int status = client.send(request.apply(i), HttpResponse.BodyHandlers.discarding()).statusCode();
            latencies.recordValue(System.nanoTime() - sent);
            errors += status == 200 ? 0 : 1;
        }
        return new Result(millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(99)),
                millis(latencies.getMaxValue()), count / ((System.nanoTime() - start) / 1e9), errors);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}

package dev.foresight.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * A fixed-rate (open-loop) HTTP load over a fixed pool of keep-alive connections, as wrk2 does it: request
 * {@code i} is due at {@code start + i / rate} whether or not earlier ones have answered, and its latency counts from
 * when it was due, so a stall shows up in the percentiles instead of silently lowering the rate (no coordinated
 * omission). Each of the {@code connections} workers takes the next due request, waits for its time, sends it and
 * reads the whole response.
 */
final class OpenLoopLoad implements AutoCloseable {

    /** Latencies, achieved rate and the failed requests by cause (HTTP status or exception). */
    record Result(double p50Millis, double p99Millis, double maxMillis, double throughput, Map<String, Long> failures) {
        long errors() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final int connections;
    private final CloseableHttpClient client;

    OpenLoopLoad(int connections) {
        this.connections = connections;
        // No automatic retries: the client would otherwise resend 429/503 answers and hide them as slow successes.
        this.client = HttpClients.custom().disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build()).build();
    }

    Result run(IntFunction<HttpUriRequestBase> request, int rate, Duration duration) throws InterruptedException {
        Histogram latencies = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
        Map<String, Long> failures = new ConcurrentHashMap<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        int total = (int) (duration.toNanos() / interval);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    String failure = send(request.apply(i));
                    latencies.recordValue(Math.max(0, System.nanoTime() - due));
                    if (failure != null) {
                        failures.merge(failure, 1L, Long::sum);
                    }
                }
            }, "load-" + w);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(99)),
                millis(latencies.getMaxValue()), total / seconds, Map.copyOf(failures));
    }

    /** Sends one request at a time and returns the latencies' percentiles (closed loop, for large batches). */
    Result sequential(IntFunction<HttpUriRequestBase> request, int count) {
        Histogram latencies = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        Map<String, Long> failures = new TreeMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            String failure = send(request.apply(i));
            latencies.recordValue(System.nanoTime() - sent);
            if (failure != null) {
                failures.merge(failure, 1L, Long::sum);
            }
        }
        return new Result(millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(99)),
                millis(latencies.getMaxValue()), count / ((System.nanoTime() - start) / 1e9), failures);
    }

    /** Null when the answer is 200, else what went wrong. */
    private String send(HttpUriRequestBase request) {
        try {
            return client.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode() == 200 ? null : "HTTP " + response.getCode();
            });
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}

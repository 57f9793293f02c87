package dev.foresight.benchmarks;

import dev.foresight.features.FeatureCatalog;
import dev.foresight.features.FeatureStore;
import dev.foresight.features.FeatureTableBuilder;
import dev.foresight.features.InteractionHistory;
import dev.foresight.features.SnapshotPlan;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.springframework.util.FileSystemUtils;

/**
 * The feature build end to end on Spark {@code local[2]} (Parquet events → daily roll-up → every snapshot's features
 * and labels → Parquet feature table), at each size, next to the same aggregation by DuckDB on the same files with
 * the same two threads. The two outputs are compared (rows and column sums) so the race is between equal work.
 */
final class FeatureBuildBenchmark {

    private static final double TARGET_EVENTS_PER_SECOND = 500_000;

    private final SparkSession spark;
    private final GeneratedHistory history;
    private final Path output;
    private final SnapshotPlan plan = SnapshotPlan.of(GeneratedHistory.END.minusDays(1), 90, 8, 15);

    FeatureBuildBenchmark(SparkSession spark, Path directory) {
        this.spark = spark;
        this.history = new GeneratedHistory(spark, directory);
        this.output = directory.resolve("out");
    }

    void run(Report report, List<Long> sizes) throws SQLException {
        List<Long> events = history.prepare(sizes);
        warmUp(sizes.get(0));
        for (int i = 0; i < sizes.size(); i++) {
            Path input = history.events(sizes.get(i));
            Measured spark = measure(() -> sparkBuild(input));
            Measured duckdb = measure(() -> duckDbBuild(input));
            crossCheck();
            double sparkRate = events.get(i) / spark.seconds();
            double duckRate = events.get(i) / duckdb.seconds();
            System.out.printf(Locale.ROOT, "benchmark: %,d events: Spark %.1f s (%,.0f events/s, heap peak %,d MB), "
                            + "DuckDB %.1f s (%,.0f events/s)%n", events.get(i), spark.seconds(), sparkRate,
                    spark.heapPeakMb(), duckdb.seconds(), duckRate);
            report.add(String.format(Locale.ROOT, "feature build, %,d events, local[2] (heap peak %,d MB)", events.get(i),
                            spark.heapPeakMb()), sparkRate, "events/s", "DuckDB, same aggregation and files, 2 threads",
                    duckRate, "≥ 500,000 events/s", sparkRate >= TARGET_EVENTS_PER_SECOND);
        }
    }

    /** One small build first, so the first measured size does not pay for class loading and JIT. */
    private void warmUp(long size) {
        System.out.println("benchmark: warm-up build");
        sparkBuild(history.events(size));
    }

    private void sparkBuild(Path input) {
        Dataset<Row> daily = InteractionHistory.rollUp(spark.read().parquet(input.toString()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        var types = FeatureTableBuilder.summarizeTypes(daily);
        var catalog = new FeatureCatalog(BenchmarkFixture.SETTINGS, BenchmarkFixture.POLICY, types.types(), types.monetaryTypes());
        Dataset<Row> customers = spark.read().parquet(history.customers().toString());
        FeatureStore.write(new FeatureTableBuilder(catalog, BenchmarkFixture.POLICY).table(daily, customers, plan),
                output.resolve("spark"), catalog.manifest());
        daily.unpersist();
    }

    private void duckDbBuild(Path input) {
        Path target = output.resolve("duckdb");
        FileSystemUtils.deleteRecursively(target.toFile());
        try (var duckdb = DriverManager.getConnection("jdbc:duckdb:"); var sql = duckdb.createStatement()) {
            sql.execute("SET threads = 2");
            sql.execute(DuckDbFeatureQuery.copy(input.resolve("*.parquet").toString(), target.toString(),
                    BenchmarkFixture.SETTINGS, BenchmarkFixture.POLICY, BenchmarkFixture.TYPES, BenchmarkFixture.MONETARY, plan));
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB baseline failed: " + e.getMessage(), e);
        }
    }

    /** Both tables hold the same rows and the same totals of a count, an amount, a recency and a label. */
    private void crossCheck() {
        String totals = "SELECT count(*), sum(count_activity_total), round(sum(amount_total), 2), sum(days_since_activity), "
                + "sum(label_churn) FROM read_parquet('%s/**/*.parquet', hive_partitioning = true)";
        try (var duckdb = DriverManager.getConnection("jdbc:duckdb:"); var sql = duckdb.createStatement()) {
            String spark = row(sql, totals.formatted(output.resolve("spark")));
            String duck = row(sql, totals.formatted(output.resolve("duckdb")));
            if (!spark.equals(duck)) {
                throw new IllegalStateException("Spark and DuckDB feature tables differ: " + spark + " against " + duck);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String row(java.sql.Statement sql, String query) throws SQLException {
        try (var rs = sql.executeQuery(query)) {
            rs.next();
            StringBuilder values = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                values.append(c > 1 ? ", " : "").append(rs.getObject(c));
            }
            return values.toString();
        }
    }

    private static Measured measure(Runnable build) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        build.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(seconds, peak / (1024 * 1024));
    }

    private record Measured(double seconds, long heapPeakMb) {
    }
}

package dev.foresight.benchmarks;

import dev.foresight.features.SparkSessions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./foresight benchmark}: runs the chosen benchmarks and prints every result next to its baseline. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Speed benchmarks, each next to a baseline measured in the same run.")
public final class Benchmarks implements Callable<Integer> {

    enum Part { SCORING, BATCH, HTTP, FEATURES, TRAINING }

    @Option(names = "--only", split = ",", description = "Parts to run: ${COMPLETION-CANDIDATES} (default: all)")
    Set<Part> parts = EnumSet.allOf(Part.class);

    @Option(names = "--customers", defaultValue = "100000", description = "Customers with serving features (default: ${DEFAULT-VALUE})")
    int customers;

    @Option(names = "--rate", defaultValue = "2000", description = "HTTP requests per second (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--connections", defaultValue = "16", description = "HTTP keep-alive connections (default: ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--seconds", defaultValue = "20", description = "Length of each HTTP load phase (default: ${DEFAULT-VALUE})")
    int seconds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Benchmarks()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Option(names = "--events", split = ",", defaultValue = "1000000,3000000,10000000",
            description = "Generated history sizes for the feature build (default: ${DEFAULT-VALUE})")
    List<Long> events;

    @Option(names = "--training-rows", defaultValue = "1000000", description = "Rows of the training benchmark (default: ${DEFAULT-VALUE})")
    int trainingRows;

    @Option(names = "--data", defaultValue = ".foresight/benchmark",
            description = "Where the generated history is kept between runs (default: ${DEFAULT-VALUE})")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (customers < 1 || rate < 1 || seconds < 1 || connections < 1 || trainingRows < 1
                || events.stream().anyMatch(e -> e < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--customers, --rate, --seconds, --connections, --events and --training-rows must each be at least 1");
        }
        var report = new Report();
        if (parts.contains(Part.FEATURES)) {
            SparkSession spark = SparkSessions.create("local[2]", 8);
            try {
                new FeatureBuildBenchmark(spark, data).run(report, events.stream().sorted().toList());
            } finally {
                spark.stop();
            }
        }
        if (parts.contains(Part.TRAINING)) {
            new TrainingBenchmark().run(report, trainingRows);
        }
        if (parts.contains(Part.SCORING)) {
            scoring(report);
        }
        if (parts.contains(Part.BATCH) || parts.contains(Part.HTTP)) {
            System.out.println("benchmark: training the fixture models and loading " + customers + " customers");
            try (var service = new ServiceUnderTest(BenchmarkFixture.create(), customers)) {
                if (parts.contains(Part.HTTP)) {
                    new HttpLoadBenchmark(service, connections).run(report, rate, Duration.ofSeconds(seconds));
                }
                if (parts.contains(Part.BATCH)) {
                    new BatchScoringBenchmark(service).run(report);
                }
            }
        }
        report.print();
        return 0;
    }

    private static void scoring(Report report) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ScoringBenchmark.class.getName()).build()).run();
        double foresight = median(results, "foresightChurnAndUpsellWithReasons");
        double tribuo = median(results, "baselineTribuoPredictBothNoReasons");
        report.add("in-process churn + upsell + top-5 reasons, one customer, median", foresight, "µs",
                "raw Tribuo predict of both models, no reasons", tribuo, "<= 20 µs", foresight <= 20);
    }

    private static double median(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow().getPrimaryResult().getStatistics().getPercentile(50);
    }
}

package dev.foresight.training.cli;

import dev.foresight.database.DatabaseOptions;
import dev.foresight.features.SparkMasterCheck;
import dev.foresight.training.TrainingApplication;
import dev.foresight.training.TrainingLauncher;
import dev.foresight.training.TrainingRun;
import dev.foresight.training.generate.SyntheticHistoryGenerator;
import dev.foresight.training.load.SourceMapping;
import dev.foresight.training.records.RecordTargetRun;
import dev.foresight.training.records.TargetDefinition;
import dev.foresight.training.records.TargetNotReadyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code foresight demo | train | generate}: the training side's command line. */
@Command(name = "foresight", mixinStandardHelpOptions = true, subcommands = {
        ForesightCli.Demo.class, ForesightCli.Train.class, ForesightCli.Rescore.class, ScheduleCommand.class,
        ForesightCli.Generate.class},
        description = "Predictive customer analytics: churn and upsell models from CRM interaction history.")
public class ForesightCli {

    /** Demo data covers two years ending here; fixed so every demo run is the same. */
    static final LocalDate DEMO_END = LocalDate.of(2026, 11, 30);

    public static void main(String[] args) {
        if (System.console() != null) {
            // Spark's stage bar ("[Stage 3:=====>   (5 + 2) / 8]") on a terminal; Spark reads spark.* system properties
            System.setProperty("spark.ui.showConsoleProgress", "true");
        }
        System.exit(new CommandLine(new ForesightCli()).execute(args));
    }

    /** Rejects a master that is no URL before anything starts; reachability is checked when Spark starts. */
    static final class SparkMasterUrl implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                SparkMasterCheck.requireValidUrl(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Options every command that touches the database or Spark takes. */
    static class Environment {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--spark-master", defaultValue = "local[*]", converter = SparkMasterUrl.class,
                description = "Spark master: " + SparkMasterCheck.EXPECTED + " (default: ${DEFAULT-VALUE})")
        String sparkMaster;
        @Option(names = "--learners", paramLabel = "TARGET=LEARNER[,LEARNER…]", description = "learners tried per target, "
                + "e.g. churn=SPARK_GBT,SPARK_LOGISTIC_REGRESSION (default: XGBOOST,LOGISTIC_REGRESSION)")
        Map<String, String> learners = Map.of();

        Map<String, Object> properties() {
            Map<String, Object> p = new HashMap<>(database.properties());
            p.put("foresight.training.spark-master", sparkMaster);
            learners.forEach((target, list) -> p.put("foresight.training.learners." + target, list));
            p.put("foresight.training.work-directory", database.workspace().resolve("runs").toString());
            return p;
        }
    }

    static int runJob(Environment environment, Path events, Path mapping, LocalDate asOf, int horizonDays, Path report)
            throws Exception {
        return launch(environment, TrainingRun.parameters(events, mapping, asOf, horizonDays, report), false);
    }

    /** Runs the training job, or the rescoring job; a failed run is restarted from its failed step by the same command. */
    static int launch(Environment environment, JobParameters parameters, boolean rescoring) throws Exception {
        try {
            SparkMasterCheck.requireReachable(environment.sparkMaster); // before loading data it could not process
        } catch (IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        try (var context = new SpringApplicationBuilder(TrainingApplication.class)
                .web(WebApplicationType.NONE).properties(environment.properties()).run()) {
            var launcher = context.getBean(TrainingLauncher.class);
            var execution = rescoring ? launcher.rescore(parameters) : launcher.run(parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                execution.getAllFailureExceptions().forEach(e -> System.err.println("error: " + rootMessage(e)));
                System.err.println((rescoring ? "Rescoring" : "Training")
                        + " failed; run the same command again to restart from the failed step.");
                return 1;
            }
            return 0;
        }
    }

    /** Trains a declared record target; a target that is not ready gets every reason, not a stack trace. */
    static int trainTarget(Environment environment, Path file, Path report) throws Exception {
        TargetDefinition target;
        try {
            target = TargetDefinition.read(file);
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        try (var context = new SpringApplicationBuilder(TrainingApplication.class)
                .web(WebApplicationType.NONE).properties(environment.properties()).run()) {
            context.getBean(RecordTargetRun.class).run(target, report);
            return 0;
        } catch (TargetNotReadyException e) {
            System.err.println("error: target " + target.name() + " is not ready to train:");
            e.problems().forEach(p -> System.err.println("  - " + p));
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + rootMessage(e));
            return 2;
        } catch (RuntimeException e) {
            // Start-up failures (database locked or unreachable, Spark) are worded at their root; details are in the log.
            System.err.println("error: training " + target.name() + " failed: " + rootMessage(e));
            return 1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + t.getMessage() + ")";
    }

    static int parseHorizon(String text) {
        String digits = text.endsWith("d") ? text.substring(0, text.length() - 1) : text;
        try {
            int days = Integer.parseInt(digits);
            if (days < 1) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("horizon must be a number of days such as 90d, was '" + text + "'");
        }
    }

    @Command(name = "demo", description = "Generate a synthetic CRM history and train, publish and batch-score on it.")
    static class Demo implements Callable<Integer> {
        @Mixin
        Environment environment = new Environment();
        @Option(names = "--customers", defaultValue = "20000", description = "customers to generate (default: ${DEFAULT-VALUE})")
        int customers;
        @Option(names = "--seed", defaultValue = "42")
        long seed;
        @Option(names = "--out", defaultValue = ".foresight/demo", description = "where generated files go")
        Path out;
        @Option(names = "--mapping", defaultValue = "examples/synthetic.yml")
        Path mapping;
        @Option(names = "--report", defaultValue = ".foresight/demo/report.json")
        Path report;

        @Override
        public Integer call() throws Exception {
            new SyntheticHistoryGenerator(seed, customers, DEMO_END.minusYears(2), DEMO_END).writeTo(out);
            return runJob(environment, out.resolve("interactions.csv"), mapping, DEMO_END.minusDays(1), 90, report);
        }
    }

    @Command(name = "train", description = {
            "Load an event file, build features, train, evaluate, publish and score (--events, --mapping, --as-of);",
            "or train a declared target on a table of CRM records (--target, see examples/*-target.yml)."})
    static class Train implements Callable<Integer> {
        @Mixin
        Environment environment = new Environment();
        @Option(names = "--target", description = "target file: a yes/no outcome on a table of records (see examples/*-target.yml)")
        Path target;
        @Option(names = "--events", description = "event file or folder (CSV, CSV.gz or Parquet); not needed for jdbc mappings")
        Path events;
        @Option(names = "--mapping", description = "mapping file (see examples/)")
        Path mapping;
        @Option(names = "--as-of", description = "date to score as of; the hold-out is as-of minus the horizon")
        LocalDate asOf;
        @Option(names = "--horizon", defaultValue = "90d", description = "prediction horizon (default: ${DEFAULT-VALUE})")
        String horizon;
        @Option(names = "--report", description = "where to write the JSON report")
        Path report;

        @Override
        public Integer call() throws Exception {
            if (target != null) {
                return trainTarget(environment, target, report);
            }
            if (mapping == null || asOf == null) {
                System.err.println("error: train needs --target FILE, or --mapping FILE and --as-of DATE (see --help)");
                return 2;
            }
            int horizonDays = parseHorizon(horizon);
            SourceMapping source;
            try {
                source = SourceMapping.read(mapping);
            } catch (RuntimeException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
            Path input = events;
            if (source.format() == SourceMapping.Format.JDBC) {
                input = events == null ? Path.of("jdbc-query") : events;
            } else if (events == null || !Files.exists(events)) {
                System.err.println("error: --events " + (events == null ? "is required for " + source.format().name().toLowerCase()
                        + " mappings" : events.toAbsolutePath() + " does not exist"));
                return 2;
            }
            return runJob(environment, input, mapping, asOf, horizonDays, report);
        }
    }

    @Command(name = "rescore", description = {
            "Score the customers as of a date with the current champions, without training: load new events,",
            "build the serving snapshot, batch-score, check drift, raise churn alerts."})
    static class Rescore implements Callable<Integer> {
        @Mixin
        Environment environment = new Environment();
        @Mixin
        EventSource source = new EventSource();
        @Option(names = "--as-of", description = "date to score as of (default: yesterday, UTC)")
        LocalDate asOf;

        @Override
        public Integer call() throws Exception {
            int horizonDays = source.horizonDays();
            if (!source.usable()) {
                return 2;
            }
            LocalDate date = asOf != null ? asOf : LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
            return launch(environment, TrainingRun.parameters(source.events, source.mapping, date, horizonDays, null), true);
        }
    }

    @Command(name = "generate", description = "Write a synthetic interaction history (customers.csv, interactions.csv).")
    static class Generate implements Callable<Integer> {
        @Option(names = "--customers", defaultValue = "20000")
        int customers;
        @Option(names = "--seed", defaultValue = "42")
        long seed;
        @Option(names = "--out", required = true)
        Path out;

        @Override
        public Integer call() {
            new SyntheticHistoryGenerator(seed, customers, DEMO_END.minusYears(2), DEMO_END).writeTo(out);
            return 0;
        }
    }
}

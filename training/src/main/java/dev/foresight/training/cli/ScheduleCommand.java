package dev.foresight.training.cli;

import dev.foresight.models.drift.DriftChecks;
import dev.foresight.training.TrainingApplication;
import dev.foresight.training.TrainingLauncher;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.schedule.LaunchedJobs;
import dev.foresight.training.schedule.ScheduleProperties;
import dev.foresight.training.schedule.ScheduledRuns;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code foresight schedule}: rescoring and retraining of one source on their own cron schedules, until stopped. */
@Command(name = "schedule", description = {
        "Rescore (load new events, serving features, scores, drift, alerts) and retrain on separate schedules.",
        "Cron: second minute hour day-of-month month day-of-week. Runs until stopped (Ctrl-C)."})
class ScheduleCommand implements Callable<Integer> {

    @Mixin
    ForesightCli.Environment environment = new ForesightCli.Environment();
    @Mixin
    EventSource source = new EventSource();
    @Option(names = "--rescoring", description = "rescoring cron (default: 0 0 2 * * *, daily at 02:00)")
    String rescoring;
    @Option(names = "--retraining", description = "retraining cron (default: 0 0 3 * * SUN, Sundays at 03:00)")
    String retraining;
    @Option(names = "--no-retrain-on-drift", description = "do not retrain when a rescoring finds the champion scores drifted")
    boolean noRetrainOnDrift;

    @Override
    public Integer call() throws Exception {
        int horizonDays = source.horizonDays();
        if (!source.usable()) {
            return 2;
        }
        try {
            ScheduleProperties.requireCron(rescoring);
            ScheduleProperties.requireCron(retraining);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        Map<String, Object> properties = environment.properties();
        properties.put("foresight.schedule.retrain-on-drift", !noRetrainOnDrift);
        if (rescoring != null) {
            properties.put("foresight.schedule.rescoring", rescoring);
        }
        if (retraining != null) {
            properties.put("foresight.schedule.retraining", retraining);
        }
        var context = new SpringApplicationBuilder(TrainingApplication.class).web(WebApplicationType.NONE)
                .properties(properties).run();
        var training = context.getBean(TrainingProperties.class);
        var jobs = new LaunchedJobs(context.getBean(TrainingLauncher.class), context.getBean(DriftChecks.class),
                training.driftThreshold(), source.events, source.mapping, horizonDays);
        var scheduler = new ThreadPoolTaskScheduler(); // one thread: a rescoring and a retraining never overlap
        scheduler.setThreadNamePrefix("schedule-");
        scheduler.initialize();
        new ScheduledRuns(jobs, context.getBean(ScheduleProperties.class), Clock.systemUTC()).start(scheduler);

        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.shutdown();
            context.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}

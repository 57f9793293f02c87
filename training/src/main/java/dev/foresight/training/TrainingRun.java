package dev.foresight.training;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * One run of the training job as its steps see it, read from the job parameters. The run directory is named after
 * the job instance, so a restarted execution finds what the failed one already wrote.
 */
public record TrainingRun(String runId, Path directory, Path events, Path mapping, LocalDate asOf, int horizonDays,
                          Optional<Path> report) {

    public static final String EVENTS = "events";
    public static final String MAPPING = "mapping";
    public static final String AS_OF = "asOf";
    public static final String HORIZON_DAYS = "horizonDays";
    public static final String REPORT = "report";

    /**
     * The parameters of a run: what to load, as of when, over which horizon; {@code report} may be null. The report
     * path does not identify the run, so asking for a report does not start a new one.
     */
    public static JobParameters parameters(Path events, Path mapping, LocalDate asOf, int horizonDays, Path report) {
        return new JobParametersBuilder()
                .addString(EVENTS, events.toAbsolutePath().toString())
                .addString(MAPPING, mapping.toAbsolutePath().toString())
                .addString(AS_OF, asOf.toString())
                .addString(HORIZON_DAYS, Integer.toString(horizonDays))
                .addString(REPORT, report == null ? "" : report.toAbsolutePath().toString(), false)
                .toJobParameters();
    }

    public static TrainingRun of(StepExecution step, Path workDirectory) {
        JobParameters p = step.getJobExecution().getJobParameters();
        String runId = "run-" + step.getJobExecution().getJobInstance().getInstanceId();
        String report = p.getString(REPORT);
        return new TrainingRun(runId, workDirectory.resolve(runId), Path.of(p.getString(EVENTS)),
                Path.of(p.getString(MAPPING)), LocalDate.parse(p.getString(AS_OF)),
                Integer.parseInt(p.getString(HORIZON_DAYS)),
                report == null || report.isBlank() ? Optional.empty() : Optional.of(Path.of(report)));
    }

    public Path featureTable() {
        return directory.resolve("features");
    }

    public Path modelFile(String target) {
        return directory.resolve("models").resolve(target + ".model");
    }

    public Path outcomeFile(String target) {
        return directory.resolve("models").resolve(target + ".json");
    }

    public Path reportFile() {
        return report.orElse(directory.resolve("report.json"));
    }
}

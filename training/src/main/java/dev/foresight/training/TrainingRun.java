package dev.foresight.training;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
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

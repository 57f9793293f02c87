package dev.foresight.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts the training or the rescoring job, or restarts it: if the last run with the same parameters failed, it
 * continues from the failed step; if it completed, a new run ({@code attempt} + 1) starts from scratch. Runs are
 * serialised, so a schedule never starts one job while the other is writing the same tables.
 */
@Component
public class TrainingLauncher {

    private static final Logger log = LoggerFactory.getLogger(TrainingLauncher.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job training;
    private final Job rescoring;

    public TrainingLauncher(JobOperator operator, JobRepository repository, @Qualifier("trainingJob") Job training,
                            @Qualifier("rescoringJob") Job rescoring) {
        this.operator = operator;
        this.repository = repository;
        this.training = training;
        this.rescoring = rescoring;
    }

    /** Loads, builds features, trains, publishes and scores. */
    public JobExecution run(JobParameters parameters) throws Exception {
        return launch(training, parameters);
    }

    /** Loads, builds the serving snapshot and scores it with the current champions. */
    public JobExecution rescore(JobParameters parameters) throws Exception {
        return launch(rescoring, parameters);
    }

    private synchronized JobExecution launch(Job job, JobParameters parameters) throws Exception {
        long attempt = 1;
        while (true) {
            JobParameters candidate = new JobParametersBuilder(parameters).addLong("attempt", attempt).toJobParameters();
            JobExecution last = repository.getLastJobExecution(job.getName(), candidate);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
                if (last != null) {
                    log.info("Restarting run {} from its failed step (last status {})",
                            last.getJobInstance().getInstanceId(), last.getStatus());
                }
                JobExecution execution = operator.start(job, candidate);
                log.info("Job {} finished with status {}", job.getName(), execution.getStatus());
                return execution;
            }
            attempt++;
        }
    }
}

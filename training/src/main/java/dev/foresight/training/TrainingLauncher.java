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
import org.springframework.stereotype.Component;

/**
 * Starts the training job, or restarts it: if the last run with the same parameters failed, it continues from the
 * failed step; if it completed, a new run ({@code attempt} + 1) starts from scratch.
 */
@Component
public class TrainingLauncher {

    private static final Logger log = LoggerFactory.getLogger(TrainingLauncher.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;

    public TrainingLauncher(JobOperator operator, JobRepository repository, Job job) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
    }

    public JobExecution run(JobParameters parameters) throws Exception {
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
                log.info("Training job finished with status {}", execution.getStatus());
                return execution;
            }
            attempt++;
        }
    }
}

package dev.foresight.training;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Where a long run is: "[3/9] build-features" when a step starts and "[3/9] build-features COMPLETED in 42 s" when
 * it ends; steps report their own rows and rates in between. A restarted run shows the step numbers of the whole
 * job, so skipped steps are visible as gaps.
 */
final class JobProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(JobProgress.class);

    private final Map<String, List<String>> stepsByJob = new ConcurrentHashMap<>();

    void register(String job, List<String> steps) {
        stepsByJob.put(job, List.copyOf(steps));
    }

    @Override
    public void beforeStep(StepExecution step) {
        log.info("{} {}", position(step), step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        Duration took = step.getStartTime() == null ? Duration.ZERO
                : Duration.between(step.getStartTime(), java.time.LocalDateTime.now());
        log.info("{} {} {} in {} s", position(step), step.getStepName(), step.getStatus(), took.toSeconds());
        return step.getExitStatus();
    }

    private String position(StepExecution step) {
        List<String> steps = stepsByJob.getOrDefault(step.getJobExecution().getJobInstance().getJobName(), List.of());
        int index = steps.indexOf(step.getStepName());
        return index < 0 ? "[?]" : "[" + (index + 1) + "/" + steps.size() + "]";
    }
}

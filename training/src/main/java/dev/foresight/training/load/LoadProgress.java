package dev.foresight.training.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;

/** Prints load progress (rows read, loaded, rejected, rate) every few seconds, and the final counts. */
public class LoadProgress implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(LoadProgress.class);
    private static final long EVERY_NANOS = 5_000_000_000L;

    private StepExecution step;
    private long started;
    private long lastPrinted;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
        this.started = System.nanoTime();
        this.lastPrinted = started;
    }

    @Override
    public void afterChunk(org.springframework.batch.infrastructure.item.Chunk<Object> chunk) {
        long now = System.nanoTime();
        if (now - lastPrinted >= EVERY_NANOS) {
            lastPrinted = now;
            log.info("{}: {} rows read, {} loaded, {} rejected ({} rows/s)", step.getStepName(), step.getReadCount(),
                    step.getWriteCount(), step.getProcessSkipCount(), rate(step.getReadCount(), now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        log.info("{} done: {} rows read, {} loaded, {} rejected ({} rows/s)", stepExecution.getStepName(),
                stepExecution.getReadCount(), stepExecution.getWriteCount(), stepExecution.getProcessSkipCount(),
                rate(stepExecution.getReadCount(), System.nanoTime()));
        return stepExecution.getExitStatus();
    }

    private long rate(long rows, long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        return Math.round(rows / seconds);
    }
}

package dev.foresight.training.load;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stores every skipped row in {@code load_rejects} with its position and the reason. */
public class RejectRecorder<O> implements SkipListener<RawRecord, O> {

    private final JdbcTemplate jdbc;
    private final String source;

    public RejectRecorder(JdbcTemplate jdbc, String source) {
        this.jdbc = jdbc;
        this.source = source;
    }

    @Override
    public void onSkipInProcess(RawRecord item, Throwable t) {
        jdbc.update("""
                INSERT INTO load_rejects (source, source_line, raw_record, reason) VALUES (?, ?, ?, ?)
                ON CONFLICT (source, source_line) DO UPDATE SET reason = EXCLUDED.reason, rejected_at = now()""",
                source, item.line(), item.raw(), t.getMessage());
    }
}

package dev.foresight.benchmarks;

import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.scoring.RiskBands;
import dev.foresight.training.score.BatchScorer;
import dev.foresight.training.score.FeatureRow;
import dev.foresight.training.score.PredictionWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch scoring of every customer into {@code predictions} with the training job's own reader, scorer and writer,
 * one transaction per chunk as in the job, against a plain {@code COPY} of the very rows it wrote (the fastest way
 * PostgreSQL takes rows, so the ceiling). A warm-up pass runs first; each measured pass starts from an empty table.
 */
final class BatchScoringBenchmark {

    private final ServiceUnderTest service;
    private final JdbcTemplate jdbc;

    BatchScoringBenchmark(ServiceUnderTest service) {
        this.service = service;
        this.jdbc = new JdbcTemplate(service.dataSource());
    }

    void run(Report report) throws Exception {
        int chunkSize = 2_000;
        scoreAll(chunkSize);
        long rows = jdbc.queryForObject("SELECT count(*) FROM predictions", Long.class);
        double scoring = best(3, () -> scoreAll(chunkSize));
        String copy = copyOut();
        double copying = best(3, () -> copyIn(copy));
        report.add("batch scoring into PostgreSQL (" + service.customers + " customers x 2 targets)",
                rows / scoring, "rows/s", "plain COPY of the same rows", rows / copying, ">= 100,000 rows/s",
                rows / scoring >= 100_000);
    }

    private double best(int passes, ThrowingRunnable pass) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < passes; i++) {
            jdbc.execute("TRUNCATE predictions");
            long start = System.nanoTime();
            pass.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private void scoreAll(int chunkSize) {
        var context = service.context;
        var scorer = new BatchScorer(context.getBean(ModelRegistry.class), context.getBean(RiskBands.class),
                new PredictionWriter(service.dataSource()), context.getBean(JsonMapper.class));
        scorer.beforeStep(null);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(service.dataSource()));
        var reader = FeatureRow.reader(service.dataSource(), context.getBean(JsonMapper.class));
        reader.open(new ExecutionContext());
        try {
            boolean more = true;
            while (more) {
                List<FeatureRow> chunk = new ArrayList<>(chunkSize);
                FeatureRow row;
                while (chunk.size() < chunkSize && (row = read(reader)) != null) {
                    chunk.add(row);
                }
                more = chunk.size() == chunkSize;
                transactions.executeWithoutResult(status -> scorer.write(new Chunk<>(chunk)));
            }
        } finally {
            reader.close();
        }
    }

    private static FeatureRow read(org.springframework.batch.infrastructure.item.ItemReader<FeatureRow> reader) {
        try {
            return reader.read();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String copyOut() throws Exception {
        try (Connection connection = service.dataSource().getConnection()) {
            var out = new StringWriter();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "COPY predictions (customer_id, target, model_id, as_of, probability, score, band, reasons) TO STDOUT", out);
            return out.toString();
        }
    }

    private void copyIn(String rows) throws Exception {
        try (Connection connection = service.dataSource().getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY predictions (customer_id, target, model_id, as_of, probability, score, band, reasons) FROM STDIN",
                    new StringReader(rows));
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}

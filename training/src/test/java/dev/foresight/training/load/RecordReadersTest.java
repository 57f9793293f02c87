package dev.foresight.training.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.features.SparkSessions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

class RecordReadersTest {

    @TempDir
    Path dir;

    @Test
    void csvRowsCarryTheirRowNumberAndABrokenRowBecomesARejectNotAGap() throws Exception {
        Path file = write("events.csv", "id,at,amount\nc1,2024-01-01,3\nc2,2024-01-02\nc3,2024-01-03,5\n");
        List<RawRecord> rows = readAll(new CsvRecordReader(file, ","), new ExecutionContext());
        assertThat(rows).extracting(RawRecord::line).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(0).get("amount")).isEqualTo("3");
        assertThat(rows.get(1).readError()).isEqualTo("expected 3 columns, found 2");
        assertThat(rows.get(2).get("id")).isEqualTo("c3");
    }

    @Test
    void gzippedCsvIsReadTransparently() throws Exception {
        Path file = dir.resolve("events.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("id;at\nc1;2024-01-01\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(readAll(new CsvRecordReader(file, ";"), new ExecutionContext())).singleElement()
                .satisfies(r -> assertThat(r.get("at")).isEqualTo("2024-01-01"));
    }

    @Test
    void aRestartedCsvReaderContinuesAfterTheLastCommittedRow() throws Exception {
        Path file = write("events.csv", "id\nc1\nc2\nc3\nc4\n");
        var context = new ExecutionContext();
        var first = new CsvRecordReader(file, ",");
        first.open(context);
        first.read();
        first.read();
        first.update(context); // what Spring Batch saves at a commit
        first.close();
        List<RawRecord> rest = readAll(new CsvRecordReader(file, ","), context);
        assertThat(rest).extracting(RawRecord::line).containsExactly(3L, 4L);
        assertThat(rest).extracting(r -> r.get("id")).containsExactly("c3", "c4");
    }

    @Test
    void parquetRowsAreReadInFileOrder() throws Exception {
        var spark = SparkSessions.create("local[1]", 1);
        try {
            var schema = new StructType().add("id", DataTypes.StringType).add("amount", DataTypes.DoubleType);
            spark.createDataFrame(List.of(RowFactory.create("c1", 1.5), RowFactory.create("c2", null)), schema)
                    .coalesce(1).write().parquet(dir.resolve("events.parquet").toString());
            List<RawRecord> rows = readAll(new ParquetRecordReader(dir.resolve("events.parquet"), () -> spark), new ExecutionContext());
            assertThat(rows).extracting(RawRecord::line).containsExactly(1L, 2L);
            assertThat(rows.get(0).get("amount")).isEqualTo("1.5");
            assertThat(rows.get(1).get("amount")).isNull();
        } finally {
            spark.stop();
        }
    }

    @Test
    void jdbcRowsComeFromTheMappingsQuery() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start(); Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE TABLE crm_events (id TEXT, at DATE); INSERT INTO crm_events VALUES ('c1', '2024-01-01'), ('c2', '2024-01-02')");
            var source = new SourceMapping.Jdbc(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                    "SELECT id AS customer, at FROM crm_events ORDER BY id");
            List<RawRecord> rows = readAll(new JdbcRecordReader(source), new ExecutionContext());
            assertThat(rows).extracting(r -> r.get("customer")).containsExactly("c1", "c2");
            assertThat(rows.get(1).get("at")).isEqualTo("2024-01-02");
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<RawRecord> readAll(AbstractItemCountingItemStreamItemReader<RawRecord> reader, ExecutionContext context)
            throws Exception {
        reader.open(context);
        try {
            List<RawRecord> rows = new ArrayList<>();
            for (RawRecord r = reader.read(); r != null; r = reader.read()) {
                rows.add(r);
            }
            return rows;
        } finally {
            reader.close();
        }
    }
}

package dev.foresight.training.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/** Reads a Parquet file or directory row by row through Spark, streaming one partition at a time to the driver. */
public class ParquetRecordReader extends AbstractItemCountingItemStreamItemReader<RawRecord> {

    private final Path path;
    private final Supplier<SparkSession> spark;
    private Iterator<Row> rows;
    private String[] columns;

    public ParquetRecordReader(Path path, Supplier<SparkSession> spark) {
        this.path = path;
        this.spark = spark;
        setName("parquet-" + path.getFileName());
    }

    @Override
    protected void doOpen() {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("Cannot read source " + path.toAbsolutePath());
        }
        var frame = spark.get().read().parquet(path.toString());
        columns = frame.columns();
        rows = frame.toLocalIterator();
    }

    @Override
    protected RawRecord doRead() {
        if (!rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < columns.length; i++) {
            values.put(columns[i], row.isNullAt(i) ? null : String.valueOf(row.get(i)));
        }
        return new RawRecord(getCurrentItemCount(), values, values.toString(), null);
    }

    @Override
    protected void doClose() {
        rows = null;
    }
}

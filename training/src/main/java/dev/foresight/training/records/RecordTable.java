package dev.foresight.training.records;

import dev.foresight.training.load.CsvRecordReader;
import dev.foresight.training.load.JdbcRecordReader;
import dev.foresight.training.load.ParquetRecordReader;
import dev.foresight.training.load.RawRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A target's record table in memory, read with the event loaders' readers: the rows that could be split into
 * columns, and the ones that could not (to be quarantined, not dropped).
 */
record RecordTable(Set<String> columns, List<RawRecord> rows, List<RawRecord> unreadable) {

    static RecordTable read(TargetDefinition.Source source, Supplier<SparkSession> spark) {
        ItemStreamReader<RawRecord> reader = switch (source.format()) {
            case CSV -> new CsvRecordReader(Path.of(source.path()), source.delimiter());
            case PARQUET -> new ParquetRecordReader(Path.of(source.path()), spark);
            case JDBC -> new JdbcRecordReader(source.jdbc());
        };
        Set<String> columns = new LinkedHashSet<>();
        List<RawRecord> rows = new ArrayList<>();
        List<RawRecord> unreadable = new ArrayList<>();
        reader.open(new ExecutionContext());
        try {
            for (RawRecord record = reader.read(); record != null; record = reader.read()) {
                if (record.readError() != null) {
                    unreadable.add(record);
                } else {
                    columns.addAll(record.values().keySet());
                    rows.add(record);
                }
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot read the records of " + describe(source) + ": " + e.getMessage(), e);
        } finally {
            reader.close();
        }
        return new RecordTable(columns, rows, unreadable);
    }

    static String describe(TargetDefinition.Source source) {
        return source.path() != null ? source.path() : source.jdbc().url();
    }

    List<Map<String, String>> values() {
        return rows.stream().map(RawRecord::values).toList();
    }
}

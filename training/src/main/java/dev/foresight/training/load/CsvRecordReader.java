package dev.foresight.training.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a CSV file (optionally gzipped) with a header row. Restartable: Spring Batch records how many rows were
 * read and a restart skips that many. A row with the wrong number of columns becomes a rejected record.
 */
public class CsvRecordReader extends AbstractItemCountingItemStreamItemReader<RawRecord> {

    private final Path file;
    private final char delimiter;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;

    public CsvRecordReader(Path file, String delimiter) {
        this.file = file;
        this.delimiter = delimiter.equals("\\t") ? '\t' : delimiter.charAt(0);
        setName("csv-" + file.getFileName());
    }

    @Override
    protected void doOpen() throws IOException {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read source file " + file.toAbsolutePath());
        }
        var in = Files.newInputStream(file);
        Reader reader = new java.io.InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8);
        parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get().parse(reader);
        header = parser.getHeaderNames();
        records = parser.iterator();
    }

    @Override
    protected RawRecord doRead() {
        if (!records.hasNext()) {
            return null;
        }
        long line = getCurrentItemCount(); // 1-based data row number (the count already includes this row); the header is row 0
        try {
            CSVRecord record = records.next();
            String raw = String.join(String.valueOf(delimiter), record.values());
            if (record.size() != header.size()) {
                return new RawRecord(line, Map.of(), raw,
                        "expected " + header.size() + " columns, found " + record.size());
            }
            Map<String, String> values = new LinkedHashMap<>(header.size() * 2);
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), record.get(i));
            }
            return new RawRecord(line, values, raw, null);
        } catch (RuntimeException e) {
            return new RawRecord(line, Map.of(), "", "unreadable row: " + e.getMessage());
        }
    }

    @Override
    protected void doClose() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}

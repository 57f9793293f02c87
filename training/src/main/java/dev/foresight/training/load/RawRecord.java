package dev.foresight.training.load;

import java.util.Map;

/**
 * One row of a source as read, before any interpretation: its position (line or row number), its values by
 * column, and a readable copy of the raw row for the rejects table. {@code readError} is set when the row could
 * not even be split into columns; it is rejected, not dropped.
 */
public record RawRecord(long line, Map<String, String> values, String raw, String readError) {

    public String get(String column) {
        return column == null ? null : values.get(column);
    }
}

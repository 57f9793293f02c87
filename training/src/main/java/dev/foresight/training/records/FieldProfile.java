package dev.foresight.training.records;

import dev.foresight.models.RecordEncoding;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a field's cells look like over the whole table (no outcome involved, so profiling all rows leaks nothing):
 * whether it is a number or a category, how many cells are missing, how many distinct values it has.
 */
record FieldProfile(String field, Kind kind, int rows, int missing, int distinct, int notNumbers) {

    enum Kind { NUMBER, CATEGORY }

    /** A field is a number when at least this share of its present cells parse (the rest count as missing). */
    static final double NUMBER_SHARE = 0.98;

    static FieldProfile of(String field, List<Map<String, String>> rows, RecordEncoding missingValues) {
        int missing = 0;
        int numbers = 0;
        Set<String> distinct = new HashSet<>();
        for (Map<String, String> row : rows) {
            String value = row.get(field);
            if (missingValues.isMissing(value)) {
                missing++;
                continue;
            }
            distinct.add(RecordEncoding.normalise(value));
            if (RecordEncoding.parseNumber(value) != null) {
                numbers++;
            }
        }
        int present = rows.size() - missing;
        boolean number = present > 0 && numbers >= NUMBER_SHARE * present;
        return new FieldProfile(field, number ? Kind.NUMBER : Kind.CATEGORY, rows.size(), missing, distinct.size(),
                number ? present - numbers : 0);
    }

    double missingShare() {
        return rows == 0 ? 0 : missing / (double) rows;
    }

    /** A category with a distinct value for most records (an id, an e-mail, free text) generalises to no new record. */
    boolean identifierLike() {
        int present = rows - missing;
        return kind == Kind.CATEGORY && present >= 20 && distinct > 0.5 * present;
    }

    boolean constant() {
        return distinct <= 1 && missing == 0 || distinct == 0;
    }
}

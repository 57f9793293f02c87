package dev.foresight.models;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the raw fields of a CRM record (a lead, an account, a contact) become a model's feature vector, fitted on the
 * training rows and stored in the model's manifest so serving encodes a new record exactly as training did.
 *
 * <p>One column per feature, in manifest order: a number (its value, or the training median when missing), one level
 * of a category (1 when the field has that value), or a field's missing-value indicator. Values listed in
 * {@code missingValues} (such as an empty cell or a form's "Select" placeholder) count as missing; text is compared
 * trimmed and case-insensitively. With a {@code segmentField}, a record of a segment listed in
 * {@code segmentTargets} is scored by that segment's own model (registry target {@link #segmentTarget}), published
 * together with this one. With a {@code historyKey}, the record's value of that field is a customer id whose
 * interaction-history features join the record as fields named {@value #HISTORY}{@code <feature>}.
 */
public record RecordEncoding(String idField, List<String> missingValues, List<Column> columns, String segmentField,
                             List<String> segmentTargets, String historyKey) {

    /** Prefix of the fields joined from a customer's interaction-history features ({@code history.days_since_login}). */
    public static final String HISTORY = "history.";

    public enum Kind { NUMBER, LEVEL, MISSING }

    /** One feature: its name, how it is computed and from which raw field. {@code level} only for LEVEL. */
    public record Column(String feature, Kind kind, String field, String level, double fill) {
    }

    public RecordEncoding {
        missingValues = missingValues.stream().map(RecordEncoding::normalise).distinct().toList();
        columns = List.copyOf(columns);
        segmentTargets = segmentTargets == null ? List.of() : List.copyOf(segmentTargets);
    }

    public RecordEncoding(String idField, List<String> missingValues, List<Column> columns) {
        this(idField, missingValues, columns, null, List.of(), null);
    }

    /** The same encoding, naming the segment models published with it. */
    public RecordEncoding withSegments(String field, List<String> targets) {
        return new RecordEncoding(idField, missingValues, columns, field, targets, historyKey);
    }

    /** The same encoding, joining interaction-history features through {@code key}. */
    public RecordEncoding withHistoryKey(String key) {
        return new RecordEncoding(idField, missingValues, columns, segmentField, segmentTargets, key);
    }

    /**
     * The registry target of one segment's model: the target's name, a dot (never part of a declared name) and the
     * segment value made URL-safe, e.g. {@code lead-conversion.landing-page-submission}.
     */
    public static String segmentTarget(String target, String segmentValue) {
        String slug = normalise(segmentValue).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return target + "." + (slug.isEmpty() ? "blank" : slug.substring(0, Math.min(40, slug.length())));
    }

    /** The segment model that scores this record, or null when the global model does. */
    public String segmentTargetOf(String target, Map<String, ?> record) {
        Object value = segmentField == null ? null : record.get(segmentField);
        if (isMissing(value)) {
            return null;
        }
        String segment = segmentTarget(target, value.toString());
        return segmentTargets.contains(segment) ? segment : null;
    }

    /** The raw fields a record needs (any of them may be missing). */
    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        columns.forEach(c -> fields.add(c.field()));
        if (segmentField != null) {
            fields.add(segmentField);
        }
        if (historyKey != null) {
            fields.add(historyKey);
        }
        fields.removeIf(f -> f.startsWith(HISTORY));
        return fields;
    }

    public boolean isMissing(Object value) {
        return value == null || missingValues.contains(normalise(value.toString()));
    }

    /**
     * The feature values of a record, keyed by feature name. {@code strict}: a number field holding text is an
     * error (serving); otherwise it counts as missing (training, where the profiler already counted such cells).
     */
    public Map<String, Double> encode(Map<String, ?> record, boolean strict) {
        Map<String, Double> values = new java.util.HashMap<>(columns.size() * 2);
        for (Column column : columns) {
            Object raw = record.get(column.field());
            boolean missing = isMissing(raw);
            double value = switch (column.kind()) {
                case MISSING -> missing ? 1 : 0;
                case LEVEL -> !missing && normalise(raw.toString()).equals(column.level()) ? 1 : 0;
                case NUMBER -> missing ? column.fill() : number(column.field(), raw, column.fill(), strict);
            };
            values.put(column.feature(), value);
        }
        return values;
    }

    /** Fields of {@code record} this encoding does not know: a caller's typo should not pass silently. */
    public List<String> unknownFields(Map<String, ?> record) {
        Set<String> known = fields();
        List<String> unknown = new ArrayList<>();
        for (String field : record.keySet()) {
            if (!known.contains(field) && !field.equals(idField)) {
                unknown.add(field);
            }
        }
        return unknown;
    }

    /** A cell as text for comparison: trimmed and lower-cased, so "Yes", "yes " and "YES" are one level. */
    public static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    /** The number in a cell, or null when it is not one. */
    public static Double parseNumber(Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        try {
            double value = Double.parseDouble(raw.toString().trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double number(String field, Object raw, double fill, boolean strict) {
        Double value = parseNumber(raw);
        if (value != null) {
            return value;
        }
        if (strict) {
            throw new InvalidFieldException(field, "must be a number, was '" + raw + "'");
        }
        return fill;
    }

    /** A record field whose value cannot be encoded. */
    public static final class InvalidFieldException extends IllegalArgumentException {
        private final String field;

        public InvalidFieldException(String field, String problem) {
            super(field + " " + problem);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}

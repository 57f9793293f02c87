package dev.foresight.training.records;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.FeatureManifest.FeatureColumn;
import dev.foresight.models.RecordEncoding;
import dev.foresight.models.RecordEncoding.Column;
import dev.foresight.models.RecordEncoding.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link RecordEncoding} on training rows: numbers keep their value (missing cells take the training
 * median, and a missing flag is added when any were missing), categories become one indicator per level seen at
 * least {@link #MIN_LEVEL_COUNT} times (at most {@link #MAX_LEVELS}, the rest share all-zero indicators). Fitted per
 * cross-validation fold, so medians and levels never come from the rows being scored.
 */
final class RecordPreparator {

    static final int MIN_LEVEL_COUNT = 10;
    static final int MAX_LEVELS = 60;
    static final String VERSION = "records-1";

    private final String idField;
    private final List<String> missingValues;
    private final List<FieldProfile> fields;

    RecordPreparator(String idField, List<String> missingValues, List<FieldProfile> fields) {
        this.idField = idField;
        this.missingValues = missingValues;
        this.fields = fields;
    }

    FeatureManifest fit(List<Map<String, String>> rows) {
        var missing = new RecordEncoding(idField, missingValues, List.of());
        List<Column> columns = new ArrayList<>();
        List<FeatureColumn> features = new ArrayList<>();
        for (FieldProfile profile : fields) {
            String field = profile.field();
            List<String> present = rows.stream().map(r -> r.get(field)).filter(v -> !missing.isMissing(v)).toList();
            if (profile.kind() == FieldProfile.Kind.NUMBER) {
                if (varies(present)) {
                    columns.add(new Column(field, Kind.NUMBER, field, null, median(present)));
                    features.add(new FeatureColumn(field, "number", field));
                }
            } else {
                for (Map.Entry<String, String> level : levels(present, rows.size()).entrySet()) {
                    String name = field + "=" + level.getKey();
                    columns.add(new Column(name, Kind.LEVEL, field, level.getKey(), 0));
                    features.add(new FeatureColumn(name, FeatureManifest.INDICATOR, field + " is " + level.getValue()));
                }
            }
            if (present.size() < rows.size()) {
                columns.add(new Column(field + " missing", Kind.MISSING, field, null, 0));
                features.add(new FeatureColumn(field + " missing", FeatureManifest.INDICATOR, field + " is missing"));
            }
        }
        return new FeatureManifest(VERSION, features, new RecordEncoding(idField, missingValues, columns));
    }

    /**
     * Frequent levels, most frequent first, each with its first spelling for reasons; a level every row has
     * would be a constant column, which teaches nothing (and breaks standardisation).
     */
    private static Map<String, String> levels(List<String> values, int rows) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (String value : values) {
            String level = RecordEncoding.normalise(value);
            counts.merge(level, 1, Integer::sum);
            spelling.putIfAbsent(level, value.trim());
        }
        Map<String, String> frequent = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= MIN_LEVEL_COUNT && e.getValue() < rows)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_LEVELS).forEach(e -> frequent.put(e.getKey(), spelling.get(e.getKey())));
        return frequent;
    }

    private static boolean varies(List<String> values) {
        return values.stream().map(RecordEncoding::parseNumber).filter(java.util.Objects::nonNull).distinct().limit(2).count() > 1;
    }

    private static double median(List<String> values) {
        double[] numbers = values.stream().map(RecordEncoding::parseNumber).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        if (numbers.length == 0) {
            return 0;
        }
        int mid = numbers.length / 2;
        return numbers.length % 2 == 1 ? numbers[mid] : (numbers[mid - 1] + numbers[mid]) / 2;
    }
}

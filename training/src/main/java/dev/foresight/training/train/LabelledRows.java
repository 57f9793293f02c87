package dev.foresight.training.train;

import dev.foresight.models.FeatureManifest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The eligible rows of some snapshots of a feature table, with one target's label, in driver memory. */
public record LabelledRows(List<Map<String, Double>> features, boolean[] outcome) {

    /** One snapshot's (or a few snapshots') rows, collected: for calibration, hold-out and driver-side learners. */
    public static LabelledRows read(SparkSession spark, Path table, FeatureManifest manifest, String labelColumn,
                                    Set<LocalDate> snapshots) {
        try (FitRows rows = FitRows.read(spark, table, manifest, labelColumn, snapshots)) {
            return rows.collected();
        }
    }

    /** Rows of the manifest's features (in order, never null) followed by a 0/1 label. */
    static LabelledRows of(List<Row> rows, List<String> names) {
        List<Map<String, Double>> features = new ArrayList<>(rows.size());
        boolean[] outcome = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            Map<String, Double> values = new HashMap<>(names.size() * 2);
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), row.getDouble(i));
            }
            features.add(values);
            outcome[r] = row.getDouble(names.size()) == 1.0;
        }
        return new LabelledRows(features, outcome);
    }

    /** Median of each feature over these rows: what a typical customer looks like. */
    public Map<String, Double> medians(List<String> names) {
        Map<String, Double> medians = new HashMap<>();
        for (String name : names) {
            double[] values = features.stream().mapToDouble(f -> f.getOrDefault(name, 0.0)).sorted().toArray();
            if (values.length > 0) {
                int mid = values.length / 2;
                medians.put(name, values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2);
            }
        }
        return medians;
    }

    public int size() {
        return outcome.length;
    }

    public long positives() {
        long count = 0;
        for (boolean b : outcome) {
            count += b ? 1 : 0;
        }
        return count;
    }

    /** One feature as a score, e.g. for the recency baseline; {@code sign} -1 reverses its direction. */
    public double[] column(String feature, double sign) {
        return features.stream().mapToDouble(f -> sign * f.getOrDefault(feature, 0.0)).toArray();
    }
}

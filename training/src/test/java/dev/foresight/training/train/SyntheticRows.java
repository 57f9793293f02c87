package dev.foresight.training.train;

import dev.foresight.features.FeatureTableBuilder;
import dev.foresight.features.SparkSessions;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Labelled rows where churn is likelier the longer since the last activity and the fewer the logins; one Spark for all tests. */
public final class SyntheticRows {

    public static final List<String> NAMES = List.of("days_since_activity", "count_login_30d", "constant");
    private static SparkSession spark;

    private SyntheticRows() {
    }

    public static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSessions.create("local[2]", 2);
        }
        return spark;
    }

    public static LabelledRows rows(int n, long seed) {
        var random = new SplittableRandom(seed);
        List<Map<String, Double>> features = new ArrayList<>();
        boolean[] outcome = new boolean[n];
        for (int i = 0; i < n; i++) {
            double recency = random.nextDouble(0, 120);
            double logins = random.nextInt(0, 30);
            features.add(Map.of("days_since_activity", recency, "count_login_30d", logins, "constant", 1.0));
            outcome[i] = random.nextDouble() < 1 / (1 + Math.exp(-(recency / 20 - logins / 5)));
        }
        return new LabelledRows(features, outcome);
    }

    /** The same rows as a Spark dataset, as {@link FitRows#read} would give them from a feature table. */
    public static FitRows fitRows(LabelledRows rows) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(FeatureTableBuilder.SNAPSHOT, DataTypes.DateType, false));
        fields.add(DataTypes.createStructField(FeatureTableBuilder.CUSTOMER, DataTypes.StringType, false));
        NAMES.forEach(n -> fields.add(DataTypes.createStructField(n, DataTypes.DoubleType, false)));
        fields.add(DataTypes.createStructField(FitRows.LABEL, DataTypes.DoubleType, false));
        List<Row> data = new ArrayList<>();
        Date snapshot = Date.valueOf("2024-06-01");
        for (int i = 0; i < rows.size(); i++) {
            Object[] values = new Object[NAMES.size() + 3];
            values[0] = snapshot;
            values[1] = String.format("C%06d", i);
            for (int f = 0; f < NAMES.size(); f++) {
                values[f + 2] = rows.features().get(i).get(NAMES.get(f));
            }
            values[values.length - 1] = rows.outcome()[i] ? 1.0 : 0.0;
            data.add(RowFactory.create(values));
        }
        return FitRows.of(spark().createDataFrame(data, new StructType(fields.toArray(StructField[]::new))), NAMES);
    }
}

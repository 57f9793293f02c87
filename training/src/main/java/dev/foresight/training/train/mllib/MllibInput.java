package dev.foresight.training.train.mllib;

import dev.foresight.training.train.FitRows;
import java.util.List;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Feature rows as MLlib wants them: one vector column in manifest order, and the label. */
final class MllibInput {

    static final String FEATURES = "features";

    private MllibInput() {
    }

    static Dataset<Row> assemble(Dataset<Row> rows, List<String> names) {
        return new VectorAssembler().setInputCols(names.toArray(String[]::new)).setOutputCol(FEATURES)
                .setHandleInvalid("error").transform(rows).select(FEATURES, FitRows.LABEL);
    }

    static String source(Object model) {
        return "spark-mllib " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + " " + model.getClass().getSimpleName();
    }
}

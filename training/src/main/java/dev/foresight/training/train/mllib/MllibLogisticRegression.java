package dev.foresight.training.train.mllib;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.scoring.PortableModel;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.train.FitRows;
import dev.foresight.training.train.FittedModel;
import dev.foresight.training.train.Learner;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * Logistic regression on Spark MLlib (standardised internally, weights reported on the original scale). Served as
 * weights; a feature's reason is its weight times its distance from the training mean.
 */
public record MllibLogisticRegression(TrainingProperties.Mllib parameters) implements Learner {

    @Override
    public String name() {
        return "SPARK_LOGISTIC_REGRESSION";
    }

    @Override
    public Map<String, Object> hyperParameters() {
        return Map.of("regParam", parameters.regParam(), "maxIter", parameters.maxIter(), "standardised", true);
    }

    @Override
    public FittedModel fit(FeatureManifest manifest, FitRows rows) {
        LogisticRegressionModel model = train(manifest, rows);
        return FittedModel.of(new PortableModel.Linear(MllibInput.source(model), model.intercept(),
                model.coefficients().toArray(), means(rows, manifest.names())), manifest);
    }

    /** Spark's own model, for comparing served scores with Spark's {@code transform}. */
    public LogisticRegressionModel train(FeatureManifest manifest, FitRows rows) {
        return new LogisticRegression()
                .setFamily("binomial")
                .setRegParam(parameters.regParam())
                .setElasticNetParam(0)
                .setMaxIter(parameters.maxIter())
                .setStandardization(true)
                .setLabelCol(FitRows.LABEL)
                .setFeaturesCol(MllibInput.FEATURES)
                .fit(MllibInput.assemble(rows.dataset(), manifest.names()));
    }

    private static double[] means(FitRows rows, List<String> names) {
        double[] means = new double[names.size()];
        if (names.isEmpty()) {
            return means;
        }
        List<Column> averages = names.stream().map(n -> avg(col(n))).toList();
        Row r = rows.dataset().agg(averages.get(0), averages.subList(1, averages.size()).toArray(Column[]::new)).first();
        for (int i = 0; i < means.length; i++) {
            means[i] = r.isNullAt(i) ? 0 : r.getDouble(i);
        }
        return means;
    }
}

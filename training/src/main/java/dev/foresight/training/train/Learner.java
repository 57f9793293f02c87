package dev.foresight.training.train;

import dev.foresight.models.FeatureManifest;
import java.util.Map;

/**
 * One way of fitting a yes/no model on the fit snapshots (PredictionIO's "algorithm"). Tribuo learners train in
 * the driver's memory; Spark MLlib learners train where the data is and never collect it.
 */
public interface Learner {

    /** The name reports and the registry use, e.g. {@code XGBOOST} or {@code SPARK_GBT}. */
    String name();

    Map<String, Object> hyperParameters();

    FittedModel fit(FeatureManifest manifest, FitRows rows);
}

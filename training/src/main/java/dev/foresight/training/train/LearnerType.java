package dev.foresight.training.train;

import dev.foresight.training.TrainingProperties;
import dev.foresight.training.train.mllib.MllibGradientBoostedTrees;
import dev.foresight.training.train.mllib.MllibLogisticRegression;

/**
 * The learners {@code foresight.training.learners.<target>} can name. The {@code SPARK_} ones train on Spark MLlib,
 * for fit snapshots too large for one JVM; all four are served by the same compiled scorers.
 */
public enum LearnerType {
    XGBOOST, LOGISTIC_REGRESSION, SPARK_GBT, SPARK_LOGISTIC_REGRESSION;

    public Learner create(TrainingProperties properties) {
        return switch (this) {
            case XGBOOST -> new TribuoLearner(Algorithm.XGBOOST, properties.xgboost());
            case LOGISTIC_REGRESSION -> new TribuoLearner(Algorithm.LOGISTIC_REGRESSION, properties.xgboost());
            case SPARK_GBT -> new MllibGradientBoostedTrees(properties.mllib());
            case SPARK_LOGISTIC_REGRESSION -> new MllibLogisticRegression(properties.mllib());
        };
    }
}

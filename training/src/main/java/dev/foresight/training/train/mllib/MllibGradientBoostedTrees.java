package dev.foresight.training.train.mllib;

import dev.foresight.models.FeatureManifest;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.train.FitRows;
import dev.foresight.training.train.FittedModel;
import dev.foresight.training.train.Learner;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.classification.GBTClassifier;

/** Gradient-boosted trees on Spark MLlib, brought to the scoring service's tree form ({@link MllibTrees}). */
public record MllibGradientBoostedTrees(TrainingProperties.Mllib parameters) implements Learner {

    @Override
    public String name() {
        return "SPARK_GBT";
    }

    @Override
    public Map<String, Object> hyperParameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("trees", parameters.trees());
        p.put("stepSize", parameters.stepSize());
        p.put("maxDepth", parameters.maxDepth());
        p.put("minInstancesPerNode", parameters.minInstancesPerNode());
        p.put("subsample", parameters.subsample());
        p.put("featureSubsample", parameters.featureSubsample());
        p.put("maxBins", parameters.maxBins());
        p.put("seed", parameters.seed());
        return p;
    }

    @Override
    public FittedModel fit(FeatureManifest manifest, FitRows rows) {
        return FittedModel.of(MllibTrees.portable(train(manifest, rows)), manifest);
    }

    /** Spark's own model, for comparing served scores with Spark's {@code transform}. */
    public GBTClassificationModel train(FeatureManifest manifest, FitRows rows) {
        return new GBTClassifier()
                .setLossType("logistic")
                .setMaxIter(parameters.trees())
                .setStepSize(parameters.stepSize())
                .setMaxDepth(parameters.maxDepth())
                .setMinInstancesPerNode(parameters.minInstancesPerNode())
                .setSubsamplingRate(parameters.subsample())
                .setFeatureSubsetStrategy(Double.toString(parameters.featureSubsample()))
                .setMaxBins(parameters.maxBins())
                .setSeed(parameters.seed())
                .setLabelCol(FitRows.LABEL)
                .setFeaturesCol(MllibInput.FEATURES)
                .fit(MllibInput.assemble(rows.dataset(), manifest.names()));
    }
}

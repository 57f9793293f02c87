package dev.foresight.training.train;

import dev.foresight.models.FeatureManifest;
import dev.foresight.training.TrainingProperties;
import java.util.Map;

/** A Tribuo {@link Algorithm} trained in the driver's memory on the collected fit rows. */
record TribuoLearner(Algorithm algorithm, TrainingProperties.Xgboost parameters) implements Learner {

    @Override
    public String name() {
        return algorithm.name();
    }

    @Override
    public Map<String, Object> hyperParameters() {
        return algorithm.hyperParameters(parameters);
    }

    @Override
    public FittedModel fit(FeatureManifest manifest, FitRows rows) {
        LabelledRows collected = rows.collected();
        return FittedModel.of(algorithm.fit(parameters, manifest.names(), collected.features(), collected.outcome(),
                "fit snapshots"), manifest);
    }
}

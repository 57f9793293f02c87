package dev.foresight.training.train;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.registry.ModelArtifacts;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.models.scoring.PortableModel;
import dev.foresight.models.scoring.ScoringModel;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A fitted model as the registry stores it ({@code artifact}) and as the scoring service will serve it, before
 * calibration. Serving reads the artifact back through {@link ModelArtifacts#open}, so training evaluates exactly
 * what will be served.
 */
public record FittedModel(byte[] artifact, FeatureManifest manifest) {

    public static FittedModel of(Model<Label> model, FeatureManifest manifest) {
        return new FittedModel(ModelArtifacts.toBytes(model), manifest);
    }

    public static FittedModel of(PortableModel model, FeatureManifest manifest) {
        return new FittedModel(ModelArtifacts.toBytes(model), manifest);
    }

    public ScoringModel serving(PlattCalibration calibration) {
        return ModelArtifacts.open(artifact, ModelArtifacts.sha256(artifact), calibration, manifest);
    }
}

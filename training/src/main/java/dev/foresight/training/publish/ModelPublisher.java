package dev.foresight.training.publish;

import dev.foresight.models.registry.ChampionChange;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.NewModel;
import dev.foresight.models.registry.RegisteredModel;
import dev.foresight.training.train.TargetOutcome;

/**
 * Registers a trained model with its reference distribution and makes it champion when the {@link PromotionPolicy}
 * allows. Registering the same run and target again returns the existing version, so a restart adds nothing.
 */
public final class ModelPublisher {

    private final ModelRegistry registry;
    private final PromotionPolicy policy;

    public ModelPublisher(ModelRegistry registry, PromotionPolicy policy) {
        this.registry = registry;
        this.policy = policy;
    }

    public Published publish(String runId, TargetOutcome outcome, byte[] artifact) {
        RegisteredModel model = registry.register(new NewModel(outcome.target(), runId, outcome.algorithm(),
                outcome.hyperParameters(), PublishTasklet.metrics(outcome), outcome.manifest(), outcome.calibration(),
                outcome.typicalValues(), outcome.trainingFrom(), outcome.trainingTo(), outcome.holdoutSnapshot(), artifact));
        if (outcome.reference() != null) {
            registry.attachReference(model.id(), outcome.reference());
        }
        PromotionPolicy.Decision decision = policy.decide(outcome);
        if (decision.promote()) {
            registry.promote(model.id(), ChampionChange.Action.AUTO_PROMOTE, "training " + runId, decision.reason());
        }
        return new Published(model, decision);
    }

    /** The registered version and whether (and why) it became champion. */
    public record Published(RegisteredModel model, PromotionPolicy.Decision decision) {
    }
}

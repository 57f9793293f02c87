package dev.foresight.scoring.champions;

import dev.foresight.models.registry.RegisteredModel;
import dev.foresight.models.scoring.Reasons;
import dev.foresight.models.scoring.ScoringModel;

/** A champion as served: its registry entry, the loaded, checksum-verified model and how to word its reasons. */
public record Champion(RegisteredModel registered, ScoringModel model, Reasons reasons) {

    public Champion(RegisteredModel registered, ScoringModel model) {
        this(registered, model, new Reasons(registered.manifest(), registered.typicalValues()));
    }
}

package dev.foresight.scoring.champions;

import dev.foresight.models.registry.RegisteredModel;
import dev.foresight.models.scoring.ScoringModel;

/** A champion as served: its registry entry and the loaded, checksum-verified model. */
public record Champion(RegisteredModel registered, ScoringModel model) {
}

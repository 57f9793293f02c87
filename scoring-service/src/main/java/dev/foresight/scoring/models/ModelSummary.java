package dev.foresight.scoring.models;

import dev.foresight.models.registry.RegisteredModel;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A registered model version as the API lists it: what it is, what it scored on its hold-out, whether it serves. */
public record ModelSummary(long id, String target, int version, String algorithm, boolean champion,
                           Double holdoutRocAuc, LocalDate trainingFrom, LocalDate trainingTo,
                           LocalDate holdoutSnapshot, String sha256, OffsetDateTime createdAt) {

    static ModelSummary of(RegisteredModel m) {
        Object holdout = m.metrics().get("holdout");
        Double auc = holdout instanceof Map<?, ?> metrics && metrics.get("rocAuc") instanceof Number n ? n.doubleValue() : null;
        return new ModelSummary(m.id(), m.target(), m.version(), m.algorithm(), m.champion(), auc, m.trainingFrom(),
                m.trainingTo(), m.holdoutSnapshot(), m.sha256(), m.createdAt());
    }
}

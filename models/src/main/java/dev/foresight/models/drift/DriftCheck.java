package dev.foresight.models.drift;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A stored drift check: a model version's scoring run as of a date against that model's reference. */
public record DriftCheck(String target, int version, LocalDate asOf, double scorePsi, Map<String, Double> featurePsi,
                         boolean drifted, OffsetDateTime checkedAt) {
}

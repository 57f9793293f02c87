package dev.foresight.training.records;

import java.util.List;
import java.util.Map;

/**
 * The data-preparation report of a target, à la Dynamics' readiness check: how many records, how many of each
 * outcome, how complete each field is, which fields were left out and why, and how strongly each field alone
 * predicts the outcome (out of fold).
 */
public record ReadinessReport(
        int records,
        int quarantined,
        long positives,
        long negatives,
        double outcomeRate,
        Map<String, Double> missingShare,
        Map<String, Integer> textInNumberFields,
        Map<String, String> excluded,
        Map<String, Double> singleFieldAuc) {
}

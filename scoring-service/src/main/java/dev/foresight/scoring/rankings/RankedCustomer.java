package dev.foresight.scoring.rankings;

import java.util.List;
import java.util.Map;

/** One row of a ranked score list: who, how likely, the grade, where they sit in the CRM, and why. */
public record RankedCustomer(String customerId, int score, String grade, double probability, String segment,
                             String owner, List<Map<String, Object>> reasons) {
}

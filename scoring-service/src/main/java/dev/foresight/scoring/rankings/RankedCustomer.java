package dev.foresight.scoring.rankings;

import java.util.Map;

/**
 * One row of a ranked score list: who, how likely, the grade, where they sit in the CRM, and why
 * ({@code raising} and {@code lowering} reasons as batch scoring stored them).
 */
public record RankedCustomer(String customerId, int score, String grade, double probability, String segment,
                             String owner, Map<String, Object> reasons) {
}

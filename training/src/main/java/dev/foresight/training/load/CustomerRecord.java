package dev.foresight.training.load;

import java.time.LocalDate;
import java.util.Map;

/** A customer row: id, signup date and numeric attributes used as features. */
public record CustomerRecord(String customerId, LocalDate signupDate, Map<String, Double> attributes, String source) {
}

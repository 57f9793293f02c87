package dev.foresight.training.load;

import java.time.LocalDate;
import java.util.Map;

/** A customer row: id, signup date and attributes (numbers used as features, texts kept for filtering). */
public record CustomerRecord(String customerId, LocalDate signupDate, Map<String, Object> attributes, String source) {
}

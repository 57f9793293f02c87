package dev.foresight.scoring.alerts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who takes the alert in hand. */
public record AcknowledgeRequest(@NotBlank @Size(max = 200) String by) {
}

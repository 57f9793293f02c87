package dev.foresight.scoring.models;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bring back the previous champion: who asks and why, for the audit trail. */
public record RollbackRequest(@NotBlank @Size(max = 200) String actor, @NotBlank @Size(max = 2000) String reason) {
}

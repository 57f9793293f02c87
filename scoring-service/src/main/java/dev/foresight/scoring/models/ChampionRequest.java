package dev.foresight.scoring.models;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Promote {@code version}: who asks and why, for the audit trail. */
public record ChampionRequest(@NotNull @Min(1) Integer version, @NotBlank @Size(max = 200) String actor,
                              @NotBlank @Size(max = 2000) String reason) {
}

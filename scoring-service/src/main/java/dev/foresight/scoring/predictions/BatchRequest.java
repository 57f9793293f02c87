package dev.foresight.scoring.predictions;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** Customers to score in one call. */
public record BatchRequest(@NotNull @NotEmpty List<@NotNull @Pattern(regexp = CustomerIds.PATTERN,
        message = CustomerIds.MESSAGE) String> customerIds) {
}

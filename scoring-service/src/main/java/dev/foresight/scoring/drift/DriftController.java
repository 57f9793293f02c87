package dev.foresight.scoring.drift;

import dev.foresight.models.drift.DriftCheck;
import dev.foresight.models.drift.DriftChecks;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Drift checks of a target's models for data scientists: one per scoring run, newest first. */
@RestController
@Validated
class DriftController {

    private final DriftChecks checks;

    DriftController(DriftChecks checks) {
        this.checks = checks;
    }

    @Operation(summary = "Population stability of each scoring run against the model's reference: score PSI, "
            + "PSI per feature, and whether it reached the drift threshold")
    @GetMapping("/api/v1/models/{target}/drift")
    List<DriftCheck> drift(@PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{0,63}") String target) {
        return checks.list(target);
    }
}

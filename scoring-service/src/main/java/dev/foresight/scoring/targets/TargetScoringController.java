package dev.foresight.scoring.targets;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/targets")
@Validated
class TargetScoringController {

    private final RecordScorer scorer;

    TargetScoringController(RecordScorer scorer) {
        this.scorer = scorer;
    }

    @Operation(summary = "Score one CRM record (e.g. a lead just created) for a declared target, with grade and reasons")
    @PostMapping("/{target}/score")
    RecordScore score(@PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "must be a target name") String target,
                      @Valid @RequestBody RecordScoreRequest request) {
        return scorer.score(target, request);
    }
}

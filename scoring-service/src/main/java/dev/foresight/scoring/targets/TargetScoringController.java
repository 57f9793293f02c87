package dev.foresight.scoring.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
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

    private static final String EXAMPLE = """
            {"id": "L-1042", "fields": {"Lead Origin": "Landing Page Submission", "Lead Source": "Google",
             "TotalVisits": 5, "Total Time Spent on Website": 1240, "Specialization": "Select"}}""";

    private final RecordScorer scorer;

    TargetScoringController(RecordScorer scorer) {
        this.scorer = scorer;
    }

    @Operation(summary = "Score one CRM record (e.g. a lead just created) for a declared target, with grade and reasons",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "new lead", value = EXAMPLE))))
    @PostMapping("/{target}/score")
    RecordScore score(@PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{0,62}", message = "must be a target name") String target,
                      @Valid @RequestBody RecordScoreRequest request) {
        return scorer.score(target, request);
    }
}

package dev.foresight.scoring.rankings;

import dev.foresight.models.scoring.Grades;
import dev.foresight.scoring.ScoringProperties;
import dev.foresight.scoring.champions.ChampionModels;
import dev.foresight.scoring.problems.ApiException;
import dev.foresight.scoring.problems.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ranked score lists: upsell for sales, churn for retention, from the champion's latest batch scores. */
@RestController
@RequestMapping("/api/v1/scores")
@Validated
class RankingController {

    private static final int DEFAULT_PAGE_SIZE = 50;

    private final RankingRepository rankings;
    private final ChampionModels champions;
    private final Grades grades;
    private final ScoringProperties properties;

    RankingController(RankingRepository rankings, ChampionModels champions, Grades grades, ScoringProperties properties) {
        this.rankings = rankings;
        this.champions = champions;
        this.grades = grades;
        this.properties = properties;
    }

    @Operation(summary = "Customers ranked by score with grade and top reasons; page with the returned cursor")
    @GetMapping("/{target}")
    RankedPage ranked(@PathVariable @Pattern(regexp = "churn|upsell", message = "must be churn or upsell") String target,
                      @RequestParam(required = false) @Size(max = 100) String segment,
                      @RequestParam(required = false) @Size(max = 100) String owner,
                      @RequestParam(defaultValue = "0") @Min(0) @Max(100) int minScore,
                      @RequestParam(required = false) @Min(1) Integer limit,
                      @RequestParam(required = false) @Size(max = 400) String cursor) {
        int size = limit == null ? Math.min(DEFAULT_PAGE_SIZE, properties.maxPageSize()) : limit;
        if (size > properties.maxPageSize()) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "limit: at most " + properties.maxPageSize() + " per page.",
                    Map.of("field", "limit", "maxPageSize", properties.maxPageSize()));
        }
        var champion = champions.of(target).orElseThrow(() -> new ApiException(ErrorCode.NO_CHAMPION_MODEL,
                "No " + target + " model has been published yet.", Map.of("target", target)));
        long modelId = champion.registered().id();
        var asOf = rankings.latestAsOf(modelId);
        if (asOf == null) {
            return new RankedPage(target, null, champion.registered().version(), List.of(), null);
        }
        RankCursor after = cursor == null ? null : RankCursor.decode(cursor);
        var rows = rankings.page(modelId, asOf, minScore, segment, owner, after, size + 1);
        List<RankedCustomer> items = rows.stream().limit(size).map(r -> new RankedCustomer(r.customerId(), r.score(),
                grades.of(r.score()), r.probability(), r.segment(), r.owner(), r.reasons())).toList();
        String next = rows.size() > size
                ? new RankCursor(rows.get(size - 1).probability(), rows.get(size - 1).customerId()).encode() : null;
        return new RankedPage(target, asOf, champion.registered().version(), items, next);
    }
}

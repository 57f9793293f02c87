package dev.foresight.scoring.alerts;

import dev.foresight.scoring.ScoringProperties;
import dev.foresight.scoring.problems.ApiException;
import dev.foresight.scoring.problems.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The churn alert feed for retention teams, and acknowledging an alert. */
@RestController
@RequestMapping("/api/v1/alerts/churn")
@Validated
class ChurnAlertController {

    private static final OffsetDateTime BEGINNING = OffsetDateTime.parse("1970-01-01T00:00:00Z");

    private final ChurnAlertRepository alerts;
    private final ScoringProperties properties;

    ChurnAlertController(ChurnAlertRepository alerts, ScoringProperties properties) {
        this.alerts = alerts;
        this.properties = properties;
    }

    @Operation(summary = "Churn alerts oldest first, optionally since a time; page with the returned cursor")
    @GetMapping
    AlertPage feed(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime since,
                   @RequestParam(required = false) String cursor,
                   @RequestParam(required = false) @Min(1) Integer limit) {
        int size = limit == null ? Math.min(100, properties.maxPageSize()) : limit;
        if (size > properties.maxPageSize()) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "limit: at most " + properties.maxPageSize() + " per page.",
                    Map.of("field", "limit"));
        }
        long after = cursor == null ? 0 : decode(cursor);
        List<ChurnAlert> page = alerts.feed(since == null ? BEGINNING : since, after, size + 1);
        List<ChurnAlert> items = page.stream().limit(size).toList();
        String next = page.size() > size ? Long.toString(items.get(items.size() - 1).alertId(), 36) : null;
        return new AlertPage(items, next);
    }

    @Operation(summary = "Take an alert in hand: records who and when; an alert is acknowledged once")
    @PostMapping("/{alertId}/acknowledge")
    ChurnAlert acknowledge(@PathVariable long alertId, @Valid @RequestBody AcknowledgeRequest request) {
        ChurnAlert alert = alerts.find(alertId).orElseThrow(() -> new ApiException(ErrorCode.ALERT_NOT_FOUND,
                "No churn alert " + alertId + ".", Map.of("alertId", alertId)));
        if (!alerts.acknowledge(alertId, request.by())) {
            Map<String, Object> details = new HashMap<>();
            details.put("acknowledgedBy", alert.acknowledgedBy());
            details.put("acknowledgedAt", String.valueOf(alert.acknowledgedAt()));
            throw new ApiException(ErrorCode.ALREADY_ACKNOWLEDGED, "Alert " + alertId + " was acknowledged by "
                    + alert.acknowledgedBy() + " at " + alert.acknowledgedAt() + ".", details);
        }
        return alerts.find(alertId).orElseThrow();
    }

    private static long decode(String cursor) {
        try {
            long id = Long.parseLong(cursor, 36);
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "cursor: not a cursor this API returned.",
                    Map.of("field", "cursor"));
        }
    }
}

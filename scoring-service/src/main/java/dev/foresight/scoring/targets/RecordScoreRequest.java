package dev.foresight.scoring.targets;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A record to score as the CRM holds it: its raw fields by name (text or numbers; a missing field, null or a
 * placeholder such as "Select" counts as missing) and an optional id echoed in the response.
 */
public record RecordScoreRequest(@Size(max = 200) String id, @NotNull @Size(max = 500) Map<String, Object> fields) {
}

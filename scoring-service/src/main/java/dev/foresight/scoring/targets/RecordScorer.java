package dev.foresight.scoring.targets;

import dev.foresight.models.RecordEncoding;
import dev.foresight.scoring.access.AccessProperties;
import dev.foresight.scoring.access.Role;
import dev.foresight.scoring.champions.Champion;
import dev.foresight.scoring.champions.ChampionModels;
import dev.foresight.scoring.predictions.PredictionService;
import dev.foresight.scoring.problems.ApiException;
import dev.foresight.scoring.problems.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Scores a CRM record (a new lead, say) with its target's champion the moment it is created: the raw fields are
 * encoded exactly as in training (the encoding travels in the model's manifest), then scored and explained.
 */
@Service
class RecordScorer {

    private final ChampionModels champions;
    private final PredictionService predictions;
    private final AccessProperties access;

    RecordScorer(ChampionModels champions, PredictionService predictions, AccessProperties access) {
        this.champions = champions;
        this.predictions = predictions;
        this.access = access;
    }

    RecordScore score(String target, RecordScoreRequest request) {
        Champion champion = champions.of(target)
                .filter(c -> c.model().manifest().recordEncoding() != null)
                .orElseThrow(() -> new ApiException(ErrorCode.TARGET_NOT_FOUND, "No record target '" + target
                        + "' has a published model. Train one with ./foresight train --target FILE; churn and upsell "
                        + "are scored per customer at /api/v1/customers/{id}/predictions.", Map.of("target", target)));
        requireRole(target);
        RecordEncoding encoding = champion.model().manifest().recordEncoding();
        List<String> unknown = encoding.unknownFields(request.fields()).stream().sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(ErrorCode.UNKNOWN_FIELD, "The " + target + " model does not know the field(s) "
                    + String.join(", ", unknown) + "; it reads " + encoding.fields() + ".",
                    Map.of("unknown", unknown, "known", List.copyOf(encoding.fields())));
        }
        Map<String, Double> values;
        try {
            values = encoding.encode(request.fields(), true);
        } catch (RecordEncoding.InvalidFieldException e) {
            throw new ApiException(ErrorCode.INVALID_FIELD, e.getMessage() + ".", Map.of("field", "fields." + e.field()));
        }
        return new RecordScore(target, request.id(), predictions.predict(champion, values));
    }

    private void requireRole(String target) {
        Set<Role> allowed = access.rolesFor(target);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean permitted = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> allowed.stream().anyMatch(r -> a.equals("ROLE_" + r.name())));
        if (!permitted) {
            throw new ApiException(ErrorCode.FORBIDDEN, "The caller's role may not score target '" + target + "'.",
                    Map.of("target", target));
        }
    }
}

package dev.foresight.scoring.targets;

import dev.foresight.models.RecordEncoding;
import dev.foresight.models.scoring.Reason;
import dev.foresight.scoring.predictions.TargetPrediction;
import dev.foresight.scoring.access.AccessProperties;
import dev.foresight.scoring.access.Role;
import dev.foresight.scoring.champions.Champion;
import dev.foresight.scoring.champions.ChampionModels;
import dev.foresight.scoring.customers.CustomerFeatureRepository;
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
    private final CustomerFeatureRepository features;

    RecordScorer(ChampionModels champions, PredictionService predictions, AccessProperties access,
                 CustomerFeatureRepository features) {
        this.champions = champions;
        this.predictions = predictions;
        this.access = access;
        this.features = features;
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
        Champion scorer = segmentChampion(target, encoding, request.fields()).orElse(champion);
        Map<String, Double> values;
        try {
            values = scorer.model().manifest().recordEncoding().encode(withHistory(encoding, request.fields()), true);
        } catch (RecordEncoding.InvalidFieldException e) {
            throw new ApiException(ErrorCode.INVALID_FIELD, e.getMessage() + ".", Map.of("field", "fields." + e.field()));
        }
        String segment = scorer == champion ? null : scorer.registered().target();
        TargetPrediction prediction = predictions.predict(scorer, values);
        return new RecordScore(target, request.id(), segment, notGiven(prediction,
                scorer.model().manifest().recordEncoding(), request.fields()));
    }

    /**
     * A field the caller left out was scored as training scored missing cells (the median, no level); its reasons
     * say so instead of quoting the stand-in value as if the record had it.
     */
    private static TargetPrediction notGiven(TargetPrediction prediction, RecordEncoding encoding, Map<String, Object> fields) {
        Map<String, RecordEncoding.Column> columns = new java.util.HashMap<>();
        encoding.columns().forEach(c -> columns.put(c.feature(), c));
        java.util.function.Function<Reason, Reason> reword = reason -> {
            RecordEncoding.Column column = columns.get(reason.feature());
            if (column == null || column.kind() == RecordEncoding.Kind.MISSING || column.field().startsWith(RecordEncoding.HISTORY)
                    || !encoding.isMissing(fields.get(column.field()))) {
                return reason;
            }
            return new Reason(reason.feature(), column.field() + ": not given", reason.value(), reason.typical(),
                    reason.direction(), reason.weight());
        };
        return new TargetPrediction(prediction.probability(), prediction.score(), prediction.grade(), prediction.band(),
                prediction.model(), prediction.raising().stream().map(reword).toList(),
                prediction.lowering().stream().map(reword).toList());
    }

    /**
     * The record's fields plus, when the target joins the interaction history, the customer's current serving
     * features (as {@code history.<feature>}); a customer without features leaves them missing, as in training.
     */
    private Map<String, Object> withHistory(RecordEncoding encoding, Map<String, Object> fields) {
        Object key = encoding.historyKey() == null ? null : fields.get(encoding.historyKey());
        if (encoding.isMissing(key)) {
            return fields;
        }
        Map<String, Object> joined = new java.util.HashMap<>(fields);
        features.find(key.toString().trim()).ifPresent(customer ->
                customer.values().forEach((name, value) -> joined.put(RecordEncoding.HISTORY + name, value)));
        return joined;
    }

    /** The record's segment model, when the global champion was published with one for its segment. */
    private java.util.Optional<Champion> segmentChampion(String target, RecordEncoding encoding, Map<String, Object> fields) {
        String segment = encoding.segmentTargetOf(target, fields);
        return segment == null ? java.util.Optional.empty()
                : champions.of(segment).filter(c -> c.model().manifest().recordEncoding() != null);
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

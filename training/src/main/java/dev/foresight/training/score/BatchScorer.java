package dev.foresight.training.score;

import dev.foresight.models.Targets;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.RegisteredModel;
import dev.foresight.models.scoring.RiskBand;
import dev.foresight.models.scoring.Score;
import dev.foresight.models.scoring.ScoringModel;
import dev.foresight.training.TrainingProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Scores a customer with the champion of every target (loaded when the step starts) and keeps the top reasons. */
public class BatchScorer implements ItemProcessor<FeatureRow, List<PredictionRow>>, StepExecutionListener {

    static final int REASONS = 5;

    private final ModelRegistry registry;
    private final TrainingProperties.Bands bands;
    private final JsonMapper json;
    private final Map<RegisteredModel, ScoringModel> champions = new LinkedHashMap<>();

    public BatchScorer(ModelRegistry registry, TrainingProperties.Bands bands, JsonMapper json) {
        this.registry = registry;
        this.bands = bands;
        this.json = json;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        champions.clear();
        for (String target : Targets.ALL) {
            registry.champion(target).ifPresent(model -> champions.put(model, registry.load(model)));
        }
    }

    @Override
    public List<PredictionRow> process(FeatureRow row) {
        List<PredictionRow> rows = new ArrayList<>(champions.size());
        champions.forEach((registered, model) -> {
            Score score = model.score(row.features());
            var reasons = score.topReasons(REASONS).stream().map(c -> Map.of("feature", c.feature(), "value", c.value(),
                    "direction", c.direction(), "weight", c.weight())).toList();
            rows.add(new PredictionRow(row.customerId(), registered.target(), registered.id(), row.asOf(),
                    score.probability(), score.score100(),
                    RiskBand.of(score.probability(), bands.medium(), bands.high()).name().toLowerCase(),
                    json.writeValueAsString(reasons)));
        });
        return rows;
    }
}

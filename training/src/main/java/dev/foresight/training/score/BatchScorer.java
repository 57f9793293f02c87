package dev.foresight.training.score;

import dev.foresight.models.Targets;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.RegisteredModel;
import dev.foresight.models.scoring.Reasons;
import dev.foresight.models.scoring.RiskBands;
import dev.foresight.models.scoring.Score;
import dev.foresight.models.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores each chunk of customers with the champion of every target (loaded when the step starts), one model call
 * per chunk for predictions and one for explanations, and stores the results with their top reasons.
 */
public class BatchScorer implements ItemWriter<FeatureRow>, StepExecutionListener {

    static final int REASONS = 5;

    private final ModelRegistry registry;
    private final RiskBands bands;
    private final PredictionWriter predictions;
    private final JsonMapper json;
    private final Map<RegisteredModel, ScoringModel> champions = new LinkedHashMap<>();
    private final Map<RegisteredModel, Reasons> reasons = new LinkedHashMap<>();

    public BatchScorer(ModelRegistry registry, RiskBands bands, PredictionWriter predictions,
                       JsonMapper json) {
        this.registry = registry;
        this.bands = bands;
        this.predictions = predictions;
        this.json = json;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        champions.clear();
        reasons.clear();
        for (String target : Targets.ALL) {
            registry.champion(target).ifPresent(model -> {
                champions.put(model, registry.load(model));
                reasons.put(model, new Reasons(model.manifest(), model.typicalValues()));
            });
        }
    }

    @Override
    public void write(Chunk<? extends FeatureRow> chunk) {
        List<? extends FeatureRow> customers = chunk.getItems();
        List<Map<String, Double>> features = customers.stream().map(FeatureRow::features).toList();
        List<PredictionRow> rows = new ArrayList<>(customers.size() * champions.size());
        champions.forEach((registered, model) -> {
            List<Score> scores = model.scoreAll(features);
            for (int i = 0; i < scores.size(); i++) {
                Score score = scores.get(i);
                Reasons wording = reasons.get(registered);
                var why = Map.of("raising", wording.raising(score, REASONS), "lowering", wording.lowering(score, REASONS));
                rows.add(new PredictionRow(customers.get(i).customerId(), registered.target(), registered.id(),
                        customers.get(i).asOf(), score.probability(), score.score100(),
                        bands.of(score.probability()).name().toLowerCase(),
                        json.writeValueAsString(why)));
            }
        });
        predictions.insert(rows);
    }
}

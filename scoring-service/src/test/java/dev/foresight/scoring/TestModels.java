package dev.foresight.scoring;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.RecordEncoding;
import dev.foresight.models.registry.ChampionChange;
import dev.foresight.models.registry.ModelArtifacts;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.NewModel;
import dev.foresight.models.scoring.BinaryLabels;
import dev.foresight.models.scoring.FeatureVectors;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.scoring.champions.ChampionModels;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tribuo.MutableDataset;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Small real Tribuo models for service tests: risk rises with days_since_activity and falls with logins. */
public final class TestModels {

    public static final FeatureManifest MANIFEST = new FeatureManifest("test-1", List.of(
            new FeatureManifest.FeatureColumn("days_since_activity", "double", "days since the last activity"),
            new FeatureManifest.FeatureColumn("count_login_30d", "double", "number of login events in the last 30 days")));

    private TestModels() {
    }

    /** Champions of both targets (small real models) and customer C1's serving features: what access tests need. */
    public static void publishChampionsAndCustomerC1(ModelRegistry registry, ChampionModels champions, JdbcClient jdbc) {
        for (String target : List.of("churn", "upsell")) {
            var model = registry.register(model(target, "run-" + target, 5));
            registry.promote(model.id(), ChampionChange.Action.AUTO_PROMOTE, "test", "first");
        }
        champions.refresh();
        jdbc.sql("""
                INSERT INTO customer_features (customer_id, as_of, definition_version, features)
                VALUES ('C1', DATE '2024-09-01', 'test-1', '{"days_since_activity": 9, "count_login_30d": 3}')""").update();
    }

    /** Fields of a lead record and how training encoded them, as a declared target's model carries them. */
    public static final FeatureManifest LEAD_MANIFEST = new FeatureManifest("records-1", List.of(
            new FeatureManifest.FeatureColumn("visits", "number", "visits"),
            new FeatureManifest.FeatureColumn("visits missing", FeatureManifest.INDICATOR, "visits is missing"),
            new FeatureManifest.FeatureColumn("source=google", FeatureManifest.INDICATOR, "source is Google"),
            new FeatureManifest.FeatureColumn("source=chat", FeatureManifest.INDICATOR, "source is Chat")),
            new RecordEncoding("lead id", List.of("", "Select"), List.of(
                    new RecordEncoding.Column("visits", RecordEncoding.Kind.NUMBER, "visits", null, 3),
                    new RecordEncoding.Column("visits missing", RecordEncoding.Kind.MISSING, "visits", null, 0),
                    new RecordEncoding.Column("source=google", RecordEncoding.Kind.LEVEL, "source", "google", 0),
                    new RecordEncoding.Column("source=chat", RecordEncoding.Kind.LEVEL, "source", "chat", 0))));

    /** A lead-conversion model: leads with more visits and from Google convert more often. */
    public static NewModel leadModel(String runId) {
        return leadModel("lead-conversion", runId, LEAD_MANIFEST);
    }

    /** The same kind of model for another (or a segment's) target, with its own manifest. */
    public static NewModel leadModel(String target, String runId, FeatureManifest manifest) {
        var random = new SplittableRandom(12);
        var dataset = new MutableDataset<>(new SimpleDataSourceProvenance("test", new LabelFactory()), new LabelFactory());
        String[] sources = {"google", "chat", "other"};
        for (int i = 0; i < 2_000; i++) {
            double visits = random.nextInt(0, 12);
            String source = sources[random.nextInt(3)];
            boolean converts = random.nextDouble() < 1 / (1 + Math.exp(-(visits / 3 - 2 + (source.equals("google") ? 1 : 0))));
            Map<String, Double> lead = LEAD_MANIFEST.recordEncoding().encode(Map.of("visits", visits, "source", source), true);
            // The same columns under the given manifest's names (e.g. visits read from the interaction history).
            Map<String, Double> row = new java.util.HashMap<>();
            for (int c = 0; c < manifest.names().size(); c++) {
                row.put(manifest.names().get(c), lead.get(LEAD_MANIFEST.names().get(c)));
            }
            dataset.add(FeatureVectors.example(manifest.names(), row, BinaryLabels.of(converts)));
        }
        var model = new XGBoostClassificationTrainer(20).train(dataset);
        return new NewModel(target, runId, "XGBOOST", Map.of("trees", 20), Map.of("holdout", Map.of("rocAuc", 0.8)),
                manifest, PlattCalibration.IDENTITY, Map.of("visits", 3.0, "source=google", 0.0), null, null, null,
                ModelArtifacts.toBytes(model));
    }

    public static NewModel churnModel(String runId, int trees) {
        return model("churn", runId, trees);
    }

    public static NewModel model(String target, String runId, int trees) {
        var random = new SplittableRandom(11);
        var dataset = new MutableDataset<>(new SimpleDataSourceProvenance("test", new LabelFactory()), new LabelFactory());
        for (int i = 0; i < 2_000; i++) {
            double recency = random.nextDouble(0, 120);
            double logins = random.nextDouble(0, 30);
            boolean churn = random.nextDouble() < 1 / (1 + Math.exp(-(recency / 30 - logins / 10)));
            dataset.add(FeatureVectors.example(MANIFEST.names(),
                    Map.of("days_since_activity", recency, "count_login_30d", logins), BinaryLabels.of(churn)));
        }
        var model = new XGBoostClassificationTrainer(trees).train(dataset);
        return new NewModel(target, runId, "XGBOOST", Map.of("trees", trees), Map.of("holdout", Map.of("rocAuc", 0.8)),
                MANIFEST, PlattCalibration.IDENTITY, Map.of("days_since_activity", 14.0, "count_login_30d", 8.0), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 6, 1), ModelArtifacts.toBytes(model));
    }
}

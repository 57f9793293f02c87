package dev.foresight.benchmarks;

import dev.foresight.features.FeatureCatalog;
import dev.foresight.features.FeatureSettings;
import dev.foresight.features.LabelPolicy;
import dev.foresight.models.FeatureManifest;
import dev.foresight.models.registry.ModelArtifacts;
import dev.foresight.models.registry.NewModel;
import dev.foresight.models.scoring.BinaryLabels;
import dev.foresight.models.scoring.FeatureVectors;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.training.TrainingProperties;
import dev.foresight.training.train.Algorithm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Production-sized models without running the pipeline: the demo's feature manifest (the real catalog over the
 * synthetic history's interaction types), feature rows drawn per feature kind, and churn and upsell models trained
 * with the production XGBoost defaults (400 trees of depth 3 per class). Seeded, so every run scores the same rows.
 */
final class BenchmarkFixture {

    static final List<String> TYPES = List.of("signup", "login", "purchase", "payment", "payment_failed",
            "support_ticket", "campaign_response", "plan_upgrade", "plan_downgrade", "cancellation");
    static final List<String> MONETARY = List.of("signup", "purchase", "payment", "payment_failed", "plan_upgrade", "plan_downgrade");
    /** The demo's feature settings and label policy ({@code examples/synthetic.yml}, 90-day horizon). */
    static final FeatureSettings SETTINGS = new FeatureSettings(List.of(7, 30, 90, 365), List.of("plan_tier", "seats"), 730);
    static final LabelPolicy POLICY = new LabelPolicy(90, LabelPolicy.ChurnMode.CANCELLATION,
            List.of("login", "purchase", "payment"), List.of("cancellation"), List.of("plan_upgrade"), -1);

    final FeatureManifest manifest;
    final Model<Label> churn;
    final Model<Label> upsell;
    final Map<String, Double> typical;

    private BenchmarkFixture(FeatureManifest manifest, Model<Label> churn, Model<Label> upsell, Map<String, Double> typical) {
        this.manifest = manifest;
        this.churn = churn;
        this.upsell = upsell;
        this.typical = typical;
    }

    static BenchmarkFixture create() {
        FeatureManifest manifest = demoManifest();
        List<Map<String, Double>> rows = rows(manifest, 20_000, 1);
        var random = new SplittableRandom(2);
        Model<Label> churn = train(manifest, rows, row -> random.nextDouble() < sigmoid(
                row.get("days_since_login") / 20 - row.get("count_login_30d") / 8 + row.get("count_support_ticket_90d") / 2 - 1.5));
        Model<Label> upsell = train(manifest, rows, row -> random.nextDouble() < sigmoid(
                row.get("count_login_30d") / 6 + row.get("attr_seats") / 20 - row.get("attr_plan_tier") - 1));
        Map<String, Double> typical = new HashMap<>();
        for (String name : manifest.names()) {
            typical.put(name, rows.stream().mapToDouble(r -> r.get(name)).sorted().skip(rows.size() / 2).findFirst().orElse(0));
        }
        return new BenchmarkFixture(manifest, churn, upsell, typical);
    }

    /** The catalog's features over the synthetic history's interaction types. */
    static FeatureManifest demoManifest() {
        return new FeatureCatalog(SETTINGS, POLICY, TYPES, MONETARY).manifest();
    }

    /** Counts are Poisson-like, recencies exponential up to the cap, amounts log-normal, the rest uniform. */
    static List<Map<String, Double>> rows(FeatureManifest manifest, int n, long seed) {
        var random = new SplittableRandom(seed);
        List<Map<String, Double>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double engagement = random.nextDouble(0.2, 3);
            Map<String, Double> row = new HashMap<>();
            for (String name : manifest.names()) {
                row.put(name, value(name, engagement, random));
            }
            rows.add(row);
        }
        return rows;
    }

    private static double value(String name, double engagement, SplittableRandom random) {
        if (name.startsWith("count_")) {
            int days = name.matches(".*_\\d+d$") ? Integer.parseInt(name.replaceAll(".*_(\\d+)d$", "$1")) : 365;
            return Math.floor(-Math.log(1 - random.nextDouble()) * engagement * days / 10);
        }
        if (name.startsWith("days_since_")) {
            return Math.min(730, Math.floor(-Math.log(1 - random.nextDouble()) * 30 / engagement));
        }
        if (name.startsWith("amount_")) {
            return Math.round(Math.exp(3 + random.nextGaussian()) * engagement * 100) / 100.0;
        }
        return switch (name) {
            case "attr_plan_tier" -> (double) random.nextInt(1, 4);
            case "attr_seats" -> (double) random.nextInt(1, 60);
            default -> Math.floor(random.nextDouble(0, 100));
        };
    }

    private static Model<Label> train(FeatureManifest manifest, List<Map<String, Double>> rows,
                                      java.util.function.Predicate<Map<String, Double>> outcome) {
        var dataset = new MutableDataset<>(new SimpleDataSourceProvenance("benchmark", new LabelFactory()), new LabelFactory());
        for (Map<String, Double> row : rows) {
            dataset.add(FeatureVectors.example(manifest.names(), row, BinaryLabels.of(outcome.test(row))));
        }
        var defaults = new TrainingProperties.Xgboost(400, 0.02, 3, 50, 0.8, 0.8, 42);
        return Algorithm.XGBOOST.trainer(defaults).train(dataset);
    }

    NewModel registration(String target, Model<Label> model) {
        return new NewModel(target, "benchmark", "XGBOOST", Map.of("trees", 400), Map.of("holdout", Map.of("rocAuc", 0.8)),
                manifest, PlattCalibration.IDENTITY, typical, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 9, 1), ModelArtifacts.toBytes(model));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}

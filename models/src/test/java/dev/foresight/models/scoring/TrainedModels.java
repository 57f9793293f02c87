package dev.foresight.models.scoring;

import dev.foresight.models.FeatureManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/** Small real models on a known rule: churn rises with recency and tickets, falls with logins. */
final class TrainedModels {

    static final FeatureManifest MANIFEST = new FeatureManifest("test", List.of(
            new FeatureManifest.FeatureColumn("days_since_activity", "double", "days since the last activity"),
            new FeatureManifest.FeatureColumn("count_login_30d", "double", "logins in the last 30 days"),
            new FeatureManifest.FeatureColumn("count_support_ticket_90d", "double", "support tickets in 90 days")));

    private TrainedModels() {
    }

    static List<Map<String, Double>> rows(int n, long seed) {
        var random = new SplittableRandom(seed);
        List<Map<String, Double>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Map.of("days_since_activity", (double) random.nextInt(0, 120),
                    "count_login_30d", (double) random.nextInt(0, 40),
                    "count_support_ticket_90d", (double) random.nextInt(0, 5)));
        }
        return rows;
    }

    static Model<Label> xgboost() {
        return train(new XGBoostClassificationTrainer(30));
    }

    static Model<Label> logistic() {
        return train(new TransformTrainer<>(new LogisticRegressionTrainer(),
                new TransformationMap(List.of(new MeanStdDevTransformation())), true));
    }

    static Model<Label> train(Trainer<Label> trainer) {
        var random = new SplittableRandom(3);
        var dataset = new MutableDataset<>(new SimpleDataSourceProvenance("rule", new LabelFactory()), new LabelFactory());
        for (Map<String, Double> row : rows(3_000, 5)) {
            double z = row.get("days_since_activity") / 30 - row.get("count_login_30d") / 10 + row.get("count_support_ticket_90d") / 2 - 1;
            dataset.add(FeatureVectors.example(MANIFEST.names(), row, BinaryLabels.of(random.nextDouble() < 1 / (1 + Math.exp(-z)))));
        }
        return trainer.train(dataset);
    }
}

package dev.foresight.training.train;

import dev.foresight.models.scoring.BinaryLabels;
import dev.foresight.models.scoring.FeatureVectors;
import dev.foresight.training.TrainingProperties;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/** The candidate learners trained for every target; the one best on the calibration snapshot is chosen. */
public enum Algorithm {

    XGBOOST {
        @Override
        public Trainer<Label> trainer(TrainingProperties.Xgboost p) {
            return new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST,
                    p.trees(), p.eta(), 0, p.maxDepth(), p.minChildWeight(), p.subsample(), p.featureSubsample(), 1, 0,
                    Math.max(1, Runtime.getRuntime().availableProcessors()), XGBoostTrainer.LoggingVerbosity.SILENT,
                    p.seed());
        }

        @Override
        public Map<String, Object> hyperParameters(TrainingProperties.Xgboost p) {
            return Map.of("trees", p.trees(), "eta", p.eta(), "maxDepth", p.maxDepth(),
                    "minChildWeight", p.minChildWeight(), "subsample", p.subsample(),
                    "featureSubsample", p.featureSubsample(), "treeMethod", "hist", "seed", p.seed());
        }
    },

    LOGISTIC_REGRESSION {
        @Override
        public Trainer<Label> trainer(TrainingProperties.Xgboost p) {
            // AdaGrad at rate 0.1 for 20 epochs: Tribuo's LogisticRegressionTrainer default (rate 1.0, 5 epochs) swung
            // by up to 0.08 ROC AUC between folds of the Telco table; this setting was within 0.002 of scikit-learn's.
            return new TransformTrainer<>(new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, 0.1),
                    EPOCHS, 1000, 1, p.seed()),
                    new TransformationMap(List.of(new MeanStdDevTransformation())), true);
        }

        @Override
        public Map<String, Object> hyperParameters(TrainingProperties.Xgboost p) {
            return Map.of("optimiser", "AdaGrad", "learningRate", LEARNING_RATE, "epochs", EPOCHS, "standardised", true);
        }
    };

    private static final double LEARNING_RATE = 0.1;
    private static final int EPOCHS = 20;

    public abstract Trainer<Label> trainer(TrainingProperties.Xgboost parameters);

    /** Trains on feature rows (in manifest order, missing as 0) with their yes/no outcomes. */
    public Model<Label> fit(TrainingProperties.Xgboost parameters, List<String> names, List<Map<String, Double>> rows,
                            boolean[] outcome, String source) {
        var dataset = new MutableDataset<>(new SimpleDataSourceProvenance(source, new LabelFactory()), new LabelFactory());
        for (int i = 0; i < rows.size(); i++) {
            dataset.add(FeatureVectors.example(names, rows.get(i), BinaryLabels.of(outcome[i])));
        }
        return trainer(parameters).train(dataset);
    }

    public abstract Map<String, Object> hyperParameters(TrainingProperties.Xgboost parameters);
}

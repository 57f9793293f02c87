package dev.foresight.training.train;

import dev.foresight.training.TrainingProperties;
import java.util.List;
import java.util.Map;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
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
        Map<String, Object> hyperParameters(TrainingProperties.Xgboost p) {
            return Map.of("trees", p.trees(), "eta", p.eta(), "maxDepth", p.maxDepth(),
                    "minChildWeight", p.minChildWeight(), "subsample", p.subsample(),
                    "featureSubsample", p.featureSubsample(), "treeMethod", "hist", "seed", p.seed());
        }
    },

    LOGISTIC_REGRESSION {
        @Override
        public Trainer<Label> trainer(TrainingProperties.Xgboost p) {
            return new TransformTrainer<>(new LogisticRegressionTrainer(),
                    new TransformationMap(List.of(new MeanStdDevTransformation())), true);
        }

        @Override
        Map<String, Object> hyperParameters(TrainingProperties.Xgboost p) {
            return Map.of("optimiser", "AdaGrad", "epochs", 5, "standardised", true);
        }
    };

    public abstract Trainer<Label> trainer(TrainingProperties.Xgboost parameters);

    abstract Map<String, Object> hyperParameters(TrainingProperties.Xgboost parameters);
}

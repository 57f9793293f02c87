package dev.foresight.models.scoring;

import java.util.List;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/** XGBoost's own TreeSHAP contributions ({@code predictContrib}), mapped back to Foresight's feature names. */
final class TreeShapExplainer implements ContributionExplainer {

    private final XGBoostModel<Label> model;
    private final int positiveClass;
    private final int negativeClass;

    TreeShapExplainer(XGBoostModel<Label> model, Label positive, Label negative) {
        this.model = model;
        this.positiveClass = model.getOutputIDInfo().getID(positive);
        this.negativeClass = model.getOutputIDInfo().getID(negative);
    }

    @Override
    public double[][] contributions(List<Example<Label>> examples, List<String> featureNames) {
        ImmutableFeatureMap featureMap = model.getFeatureIDMap();
        int width = featureMap.size();
        float[] rows = new float[examples.size() * width];
        java.util.Arrays.fill(rows, Float.NaN);
        for (int r = 0; r < examples.size(); r++) {
            int offset = r * width;
            examples.get(r).forEach(f -> {
                int id = featureMap.getID(f.getName());
                if (id >= 0) {
                    rows[offset + id] = (float) f.getValue();
                }
            });
        }
        try {
            DMatrix matrix = new DMatrix(rows, examples.size(), width, Float.NaN);
            try {
                float[][] contrib = model.getInnerModels().get(0).predictContrib(matrix, 0);
                double[][] result = new double[examples.size()][];
                for (int r = 0; r < result.length; r++) {
                    result[r] = byName(contrib[r], width, featureMap, featureNames);
                }
                return result;
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not explain the predictions", e);
        }
    }

    private double[] byName(float[] contrib, int width, ImmutableFeatureMap featureMap, List<String> names) {
        // Binary objective: one block of (features + bias); softmax over two classes: one block per class,
        // and the log-odds of the positive class is the difference of the two blocks.
        boolean perClass = contrib.length == 2 * (width + 1);
        double[] result = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            int id = featureMap.getID(names.get(i));
            if (id < 0) {
                continue;
            }
            result[i] = perClass
                    ? contrib[positiveClass * (width + 1) + id] - contrib[negativeClass * (width + 1) + id]
                    : contrib[id];
        }
        return result;
    }
}

package dev.foresight.models.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/** XGBoost's own native TreeSHAP ({@code predictContrib}), the reference the compiled ensemble must reproduce. */
final class XGBoostReference {

    private XGBoostReference() {
    }

    /** Positive-class log-odds contributions per row, in manifest order. */
    static double[][] contributions(XGBoostModel<Label> model, List<String> names, List<Map<String, Double>> rows)
            throws XGBoostError {
        ImmutableFeatureMap featureMap = model.getFeatureIDMap();
        int width = featureMap.size();
        float[] data = new float[rows.size() * width];
        Arrays.fill(data, Float.NaN);
        for (int r = 0; r < rows.size(); r++) {
            for (var e : rows.get(r).entrySet()) {
                data[r * width + featureMap.getID(e.getKey())] = e.getValue().floatValue();
            }
        }
        DMatrix matrix = new DMatrix(data, rows.size(), width, Float.NaN);
        try {
            float[][] contrib = model.getInnerModels().get(0).predictContrib(matrix, 0);
            int pos = model.getOutputIDInfo().getID(BinaryLabels.POSITIVE);
            int neg = model.getOutputIDInfo().getID(BinaryLabels.NEGATIVE);
            double[][] result = new double[rows.size()][names.size()];
            for (int r = 0; r < rows.size(); r++) {
                for (int i = 0; i < names.size(); i++) {
                    int id = featureMap.getID(names.get(i));
                    result[r][i] = contrib[r][pos * (width + 1) + id] - contrib[r][neg * (width + 1) + id];
                }
            }
            return result;
        } finally {
            matrix.dispose();
        }
    }
}

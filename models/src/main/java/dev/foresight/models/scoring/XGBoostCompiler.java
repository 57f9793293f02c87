package dev.foresight.models.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the trees of a Tribuo XGBoost classifier from XGBoost's own JSON model format (exact float values, unlike
 * the text dump) into a {@link TreeEnsemble}. Tribuo trains two-class {@code multi:softprob}: the positive class's
 * log-odds is the positive trees' sum minus the negative trees' sum, so negative trees enter with their sign flipped
 * and the shared base score cancels.
 */
final class XGBoostCompiler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private XGBoostCompiler() {
    }

    static TreeEnsemble compile(XGBoostModel<Label> model, List<String> names) {
        JsonNode learner = read(model).get("learner");
        String objective = learner.get("objective").get("name").asString();
        if (!objective.equals("multi:softprob") && !objective.equals("multi:softmax")) {
            throw new IllegalArgumentException("Cannot compile an XGBoost model with objective " + objective);
        }
        int positive = model.getOutputIDInfo().getID(BinaryLabels.POSITIVE);
        int negative = model.getOutputIDInfo().getID(BinaryLabels.NEGATIVE);
        int[] position = manifestPositions(model.getFeatureIDMap(), names);
        JsonNode booster = learner.get("gradient_booster").get("model");
        JsonNode treeInfo = booster.get("tree_info");
        List<DecisionTree> trees = new ArrayList<>();
        for (int t = 0; t < booster.get("trees").size(); t++) {
            int outputClass = treeInfo.get(t).asInt();
            double sign = outputClass == positive ? 1 : outputClass == negative ? -1 : 0;
            if (sign == 0) {
                throw new IllegalArgumentException("Tree " + t + " belongs to unknown class " + outputClass);
            }
            trees.add(tree(booster.get("trees").get(t), position, sign));
        }
        return new TreeEnsemble(trees, 0, names.size());
    }

    private static JsonNode read(XGBoostModel<Label> model) {
        if (model.getInnerModels().size() != 1) {
            throw new IllegalArgumentException("Expected one booster, found " + model.getInnerModels().size());
        }
        try {
            return JSON.readTree(model.getInnerModels().get(0).toByteArray("json"));
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not export the model as JSON", e);
        }
    }

    private static int[] manifestPositions(ImmutableFeatureMap featureMap, List<String> names) {
        int[] position = new int[featureMap.size()];
        Arrays.fill(position, -1);
        for (int i = 0; i < names.size(); i++) {
            int id = featureMap.getID(names.get(i));
            if (id >= 0) {
                position[id] = i;
            }
        }
        return position;
    }

    private static DecisionTree tree(JsonNode json, int[] position, double sign) {
        int[] left = ints(json.get("left_children"));
        int[] right = ints(json.get("right_children"));
        int[] splitIndex = ints(json.get("split_indices"));
        int[] defaults = ints(json.get("default_left"));
        JsonNode conditions = json.get("split_conditions");
        JsonNode hessians = json.get("sum_hessian");
        int n = left.length;
        int[] feature = new int[n];
        double[] threshold = new double[n];
        boolean[] defaultLeft = new boolean[n];
        double[] value = new double[n];
        double[] cover = new double[n];
        for (int i = 0; i < n; i++) {
            cover[i] = hessians.get(i).asDouble();
            if (left[i] < 0) {
                value[i] = sign * conditions.get(i).floatValue();
                continue;
            }
            feature[i] = position[splitIndex[i]];
            if (feature[i] < 0) {
                throw new IllegalArgumentException("The model splits on feature id " + splitIndex[i]
                        + ", which is not in the manifest");
            }
            threshold[i] = conditions.get(i).floatValue();
            defaultLeft[i] = defaults[i] != 0;
        }
        return new DecisionTree(left, right, feature, threshold, defaultLeft, value, cover, SplitRule.FLOAT_LESS_THAN);
    }

    private static int[] ints(JsonNode array) {
        int[] result = new int[array.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = array.get(i).asInt();
        }
        return result;
    }
}

package dev.foresight.training.train.mllib;

import dev.foresight.models.scoring.PortableModel;
import dev.foresight.models.scoring.SplitRule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.regression.DecisionTreeRegressionModel;
import org.apache.spark.ml.tree.ContinuousSplit;
import org.apache.spark.ml.tree.InternalNode;
import org.apache.spark.ml.tree.Node;

/**
 * MLlib's boosted trees as flat arrays. Spark's logistic GBT predicts {@code p = 1 / (1 + exp(-2 m))} with margin
 * {@code m = sum(weight_t * tree_t(x))}, so a leaf's log-odds share is {@code 2 * weight_t * prediction}.
 */
final class MllibTrees {

    private MllibTrees() {
    }

    static PortableModel.Trees portable(GBTClassificationModel model) {
        DecisionTreeRegressionModel[] trees = model.trees();
        double[] weights = model.treeWeights();
        List<PortableModel.Tree> out = new ArrayList<>(trees.length);
        for (int t = 0; t < trees.length; t++) {
            out.add(flatten(trees[t].rootNode(), 2 * weights[t]));
        }
        return new PortableModel.Trees(MllibInput.source(model), 0, out);
    }

    private static PortableModel.Tree flatten(Node root, double scale) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        Map<Node, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
        }
        int n = nodes.size();
        int[] left = new int[n];
        int[] right = new int[n];
        int[] feature = new int[n];
        double[] threshold = new double[n];
        double[] value = new double[n];
        double[] cover = new double[n];
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            value[i] = scale * node.prediction();
            cover[i] = node.impurityStats().count();
            if (node instanceof InternalNode internal) {
                if (!(internal.split() instanceof ContinuousSplit split)) {
                    throw new IllegalArgumentException("Categorical splits cannot be served: the features are numbers");
                }
                left[i] = index.get(internal.leftChild());
                right[i] = index.get(internal.rightChild());
                feature[i] = split.featureIndex();
                threshold[i] = split.threshold();
            } else {
                left[i] = -1;
                right[i] = -1;
                feature[i] = -1;
            }
        }
        return new PortableModel.Tree(left, right, feature, threshold, value, cover, SplitRule.LESS_OR_EQUAL);
    }

    /** Pre-order, so a node's children come after it. */
    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof InternalNode internal) {
            collect(internal.leftChild(), into);
            collect(internal.rightChild(), into);
        }
    }
}

package dev.foresight.models.scoring;

/**
 * One regression tree in flat arrays, as XGBoost stores it: node {@code i} is a leaf when {@code left[i] < 0}.
 * Features are positions in the manifest; {@code rule} is the trainer's comparison at a split.
 */
record DecisionTree(int[] left, int[] right, int[] feature, double[] threshold, boolean[] defaultLeft,
                    double[] value, double[] cover, SplitRule rule) {

    boolean isLeaf(int node) {
        return left[node] < 0;
    }

    int size() {
        return left.length;
    }

    /** The trainer's rule decides; a missing value takes the learned default. */
    boolean goesLeft(int node, double x) {
        return Double.isNaN(x) ? defaultLeft[node] : rule.goesLeft(x, threshold[node]);
    }

    /** The leaf value {@code x} reaches. */
    double predict(double[] x) {
        int node = 0;
        while (!isLeaf(node)) {
            node = goesLeft(node, x[feature[node]]) ? left[node] : right[node];
        }
        return value[node];
    }

    /** The mean leaf value weighted by training cover: the tree's output when nothing is known. */
    double expectedValue() {
        return meanValue(0);
    }

    private double meanValue(int node) {
        if (isLeaf(node)) {
            return value[node];
        }
        return (meanValue(left[node]) * cover[left[node]] + meanValue(right[node]) * cover[right[node]]) / cover[node];
    }

    int depth() {
        return depth(0);
    }

    private int depth(int node) {
        return isLeaf(node) ? 0 : 1 + Math.max(depth(left[node]), depth(right[node]));
    }
}

package dev.foresight.models.scoring;

/**
 * Exact path-dependent TreeSHAP for one tree (Lundberg, Erion &amp; Lee 2018, Algorithm 2), ported from XGBoost's
 * {@code RegTree::TreeShap} so contributions equal {@code Booster.predictContrib}. The sample enters only through
 * the direction taken at each split ({@code goesLeft}), which lets {@link TreeEnsemble} tabulate small trees.
 */
final class TreeShap {

    private final DecisionTree tree;
    private final boolean[] goesLeft;
    private final double[] phi;
    // The unique paths of all recursion levels, each level a copy of its parent's path one element longer.
    private final int[] pathFeature;
    private final double[] pathZero;
    private final double[] pathOne;
    private final double[] pathWeight;

    private TreeShap(DecisionTree tree, boolean[] goesLeft, double[] phi) {
        this.tree = tree;
        this.goesLeft = goesLeft;
        this.phi = phi;
        int depth = tree.depth() + 2;
        int size = depth * (depth + 1) / 2;
        this.pathFeature = new int[size];
        this.pathZero = new double[size];
        this.pathOne = new double[size];
        this.pathWeight = new double[size];
    }

    /** Adds each feature's contribution to {@code phi} (indexed by manifest position); excludes the expected value. */
    static void contributions(DecisionTree tree, boolean[] goesLeft, double[] phi) {
        new TreeShap(tree, goesLeft, phi).recurse(0, 0, 0, 0, 1, 1, -1);
    }

    private void recurse(int node, int parentPath, int depth, int pathStart, double parentZero, double parentOne,
                         int parentFeature) {
        System.arraycopy(pathFeature, parentPath, pathFeature, pathStart, depth);
        System.arraycopy(pathZero, parentPath, pathZero, pathStart, depth);
        System.arraycopy(pathOne, parentPath, pathOne, pathStart, depth);
        System.arraycopy(pathWeight, parentPath, pathWeight, pathStart, depth);
        extend(pathStart, depth, parentZero, parentOne, parentFeature);
        if (tree.isLeaf(node)) {
            for (int i = 1; i <= depth; i++) {
                double w = unwoundSum(pathStart, depth, i);
                int e = pathStart + i;
                phi[pathFeature[e]] += w * (pathOne[e] - pathZero[e]) * tree.value()[node];
            }
            return;
        }
        int hot = goesLeft[node] ? tree.left()[node] : tree.right()[node];
        int cold = goesLeft[node] ? tree.right()[node] : tree.left()[node];
        double cover = tree.cover()[node];
        double incomingZero = 1;
        double incomingOne = 1;
        int feature = tree.feature()[node];
        int seen = 0;
        while (seen <= depth && pathFeature[pathStart + seen] != feature) {
            seen++;
        }
        if (seen != depth + 1) {
            // A feature split on again higher up: undo that split so this node redoes it.
            incomingZero = pathZero[pathStart + seen];
            incomingOne = pathOne[pathStart + seen];
            unwind(pathStart, depth, seen);
            depth--;
        }
        int childStart = pathStart + depth + 1;
        recurse(hot, pathStart, depth + 1, childStart, tree.cover()[hot] / cover * incomingZero, incomingOne, feature);
        recurse(cold, pathStart, depth + 1, childStart, tree.cover()[cold] / cover * incomingZero, 0, feature);
    }

    private void extend(int start, int depth, double zero, double one, int feature) {
        pathFeature[start + depth] = feature;
        pathZero[start + depth] = zero;
        pathOne[start + depth] = one;
        pathWeight[start + depth] = depth == 0 ? 1 : 0;
        for (int i = depth - 1; i >= 0; i--) {
            pathWeight[start + i + 1] += one * pathWeight[start + i] * (i + 1) / (depth + 1);
            pathWeight[start + i] = zero * pathWeight[start + i] * (depth - i) / (depth + 1);
        }
    }

    private void unwind(int start, int depth, int index) {
        double one = pathOne[start + index];
        double zero = pathZero[start + index];
        double next = pathWeight[start + depth];
        for (int i = depth - 1; i >= 0; i--) {
            if (one != 0) {
                double previous = pathWeight[start + i];
                pathWeight[start + i] = next * (depth + 1) / ((i + 1) * one);
                next = previous - pathWeight[start + i] * zero * (depth - i) / (depth + 1);
            } else {
                pathWeight[start + i] = pathWeight[start + i] * (depth + 1) / (zero * (depth - i));
            }
        }
        for (int i = index; i < depth; i++) {
            pathFeature[start + i] = pathFeature[start + i + 1];
            pathZero[start + i] = pathZero[start + i + 1];
            pathOne[start + i] = pathOne[start + i + 1];
        }
    }

    private double unwoundSum(int start, int depth, int index) {
        double one = pathOne[start + index];
        double zero = pathZero[start + index];
        double next = pathWeight[start + depth];
        double total = 0;
        for (int i = depth - 1; i >= 0; i--) {
            if (one != 0) {
                double share = next * (depth + 1) / ((i + 1) * one);
                total += share;
                next = pathWeight[start + i] - share * zero * (depth - i) / (depth + 1);
            } else if (zero != 0) {
                total += pathWeight[start + i] / zero / ((depth - i) / (double) (depth + 1));
            }
        }
        return total;
    }
}

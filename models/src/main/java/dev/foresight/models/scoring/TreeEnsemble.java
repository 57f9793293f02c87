package dev.foresight.models.scoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A boosted tree ensemble compiled for one-row scoring in plain Java: no native call, no DMatrix, no allocation.
 *
 * <p>A tree's TreeSHAP contributions depend on the sample only through the direction it takes at each split, so
 * for trees with at most {@value #MAX_TABULATED_SPLITS} splits every combination of directions is solved once at
 * load time. Scoring a row then costs one comparison per split and one table row per tree; deeper trees run
 * TreeSHAP per row. The log-odds come out of the same pass: expected value plus the contributions.
 */
final class TreeEnsemble implements CompiledModel {

    static final int MAX_TABULATED_SPLITS = 10;

    private final int width;
    private final double expectedLogOdds;
    // Tabulated trees, all in flat arrays: the splits of tree t are splitStart[t] .. splitStart[t+1)-1,
    // its features featureStart[t] .. featureStart[t+1)-1, its table starts at tableStart[t].
    private final int[] splitStart;
    private final int[] splitFeature;
    private final float[] splitThreshold;
    private final boolean[] splitDefaultLeft;
    private final int[] featureStart;
    private final int[] tableFeature;
    private final int[] tableStart;
    private final float[] table;
    private final List<DecisionTree> deepTrees;

    TreeEnsemble(List<DecisionTree> trees, double bias, int width) {
        this.width = width;
        List<DecisionTree> small = trees.stream().filter(t -> splitsOf(t).length <= MAX_TABULATED_SPLITS).toList();
        this.deepTrees = trees.stream().filter(t -> splitsOf(t).length > MAX_TABULATED_SPLITS).toList();
        this.expectedLogOdds = bias + trees.stream().mapToDouble(DecisionTree::expectedValue).sum();
        int splits = small.stream().mapToInt(t -> splitsOf(t).length).sum();
        this.splitStart = new int[small.size() + 1];
        this.splitFeature = new int[splits];
        this.splitThreshold = new float[splits];
        this.splitDefaultLeft = new boolean[splits];
        this.featureStart = new int[small.size() + 1];
        this.tableStart = new int[small.size()];
        int features = small.stream().mapToInt(t -> featuresOf(t).length).sum();
        this.tableFeature = new int[features];
        long cells = small.stream().mapToLong(t -> (1L << splitsOf(t).length) * featuresOf(t).length).sum();
        this.table = new float[Math.toIntExact(cells)];
        int split = 0;
        int feature = 0;
        int cell = 0;
        for (int t = 0; t < small.size(); t++) {
            DecisionTree tree = small.get(t);
            int[] nodes = splitsOf(tree);
            int[] used = featuresOf(tree);
            splitStart[t] = split;
            featureStart[t] = feature;
            tableStart[t] = cell;
            for (int node : nodes) {
                splitFeature[split] = tree.feature()[node];
                splitThreshold[split] = tree.threshold()[node];
                splitDefaultLeft[split++] = tree.defaultLeft()[node];
            }
            System.arraycopy(used, 0, tableFeature, feature, used.length);
            feature += used.length;
            cell = tabulate(tree, nodes, used, cell);
        }
        splitStart[small.size()] = split;
        featureStart[small.size()] = feature;
    }

    /** Solves TreeSHAP for every combination of split directions; row {@code mask} has bit i set when split i goes left. */
    private int tabulate(DecisionTree tree, int[] nodes, int[] used, int cell) {
        boolean[] goesLeft = new boolean[tree.size()];
        double[] phi = new double[width];
        for (int mask = 0; mask < 1 << nodes.length; mask++) {
            for (int i = 0; i < nodes.length; i++) {
                goesLeft[nodes[i]] = (mask & (1 << i)) != 0;
            }
            java.util.Arrays.fill(phi, 0);
            TreeShap.contributions(tree, goesLeft, phi);
            for (int f : used) {
                table[cell++] = (float) phi[f];
            }
        }
        return cell;
    }

    @Override
    public double explain(double[] x, double[] contributions) {
        java.util.Arrays.fill(contributions, 0);
        int trees = tableStart.length;
        for (int t = 0; t < trees; t++) {
            int mask = 0;
            for (int s = splitStart[t], bit = 1; s < splitStart[t + 1]; s++, bit <<= 1) {
                double v = x[splitFeature[s]];
                boolean left = Double.isNaN(v) ? splitDefaultLeft[s] : (float) v < splitThreshold[s];
                if (left) {
                    mask |= bit;
                }
            }
            int from = featureStart[t];
            int count = featureStart[t + 1] - from;
            int row = tableStart[t] + mask * count;
            for (int k = 0; k < count; k++) {
                contributions[tableFeature[from + k]] += table[row + k];
            }
        }
        for (DecisionTree tree : deepTrees) {
            boolean[] goesLeft = new boolean[tree.size()];
            for (int node = 0; node < tree.size(); node++) {
                goesLeft[node] = !tree.isLeaf(node) && tree.goesLeft(node, x[tree.feature()[node]]);
            }
            TreeShap.contributions(tree, goesLeft, contributions);
        }
        double logOdds = expectedLogOdds;
        for (double c : contributions) {
            logOdds += c;
        }
        return logOdds;
    }

    int tabulatedTrees() {
        return tableStart.length;
    }

    @Override
    public int width() {
        return width;
    }

    private static int[] splitsOf(DecisionTree tree) {
        return java.util.stream.IntStream.range(0, tree.size()).filter(n -> !tree.isLeaf(n)).toArray();
    }

    private static int[] featuresOf(DecisionTree tree) {
        Set<Integer> used = new LinkedHashSet<>();
        for (int node : splitsOf(tree)) {
            used.add(tree.feature()[node]);
        }
        return used.stream().mapToInt(Integer::intValue).toArray();
    }
}

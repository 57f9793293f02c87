package dev.foresight.models.scoring;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A boosted tree ensemble compiled for one-row scoring in plain Java: no native call, no DMatrix.
 *
 * <p>A tree's TreeSHAP contributions depend on the sample only through the direction it takes at each split, so
 * for trees with at most {@value #MAX_TABULATED_SPLITS} splits every combination of directions is solved once at
 * load time. Scoring a row then costs one comparison per split and one table row per tree; deeper trees run
 * TreeSHAP per row. The log-odds come out of the same pass: expected value plus the contributions.
 *
 * <p>Every tabulated tree is padded to the same number of splits (a padding split never goes left, so its bit is
 * always 0), so the comparison loop has a fixed length the JIT unrolls; tables stay unpadded (a tree with s splits
 * and f features has 2^s rows of f cells), which keeps them small enough to stay in cache.
 */
final class TreeEnsemble implements CompiledModel {

    static final int MAX_TABULATED_SPLITS = 10;

    private final int width;
    private final double expectedLogOdds;
    private final int splitsPerTree;
    private final int trees;
    // Tree t's splits are t * splitsPerTree ...; its features featureStart[t] .. featureStart[t + 1) - 1; its table
    // starts at tableStart[t], one row of (its feature count) cells per combination of directions.
    private final int[] splitFeature;
    private final float[] splitThreshold;
    // Spark's trees compare doubles (value <= threshold); null for XGBoost's float comparison.
    private final double[] exactThreshold;
    private final boolean[] splitDefaultLeft;
    private final int[] featureStart;
    private final int[] tableFeature;
    private final int[] tableStart;
    private final float[] table;
    private final List<DecisionTree> deepTrees;
    private final List<DecisionTree> allTrees;
    private final double bias;

    TreeEnsemble(List<DecisionTree> all, double bias, int width) {
        this.width = width;
        this.allTrees = List.copyOf(all);
        this.bias = bias;
        List<DecisionTree> small = all.stream().filter(t -> splitsOf(t).length <= MAX_TABULATED_SPLITS).toList();
        this.deepTrees = all.stream().filter(t -> splitsOf(t).length > MAX_TABULATED_SPLITS).toList();
        this.expectedLogOdds = bias + all.stream().mapToDouble(DecisionTree::expectedValue).sum();
        this.trees = small.size();
        this.splitsPerTree = small.stream().mapToInt(t -> splitsOf(t).length).max().orElse(0);
        this.splitFeature = new int[trees * splitsPerTree];
        this.splitThreshold = new float[trees * splitsPerTree];
        this.splitDefaultLeft = new boolean[trees * splitsPerTree];
        this.exactThreshold = ruleOf(all) == SplitRule.LESS_OR_EQUAL ? new double[trees * splitsPerTree] : null;
        this.featureStart = new int[trees + 1];
        this.tableFeature = new int[small.stream().mapToInt(t -> featuresOf(t).length).sum()];
        this.tableStart = new int[trees];
        this.table = new float[Math.toIntExact(small.stream()
                .mapToLong(t -> (1L << splitsOf(t).length) * featuresOf(t).length).sum())];
        Arrays.fill(splitThreshold, Float.NEGATIVE_INFINITY);
        if (exactThreshold != null) {
            // NaN: no value, not even minus infinity, is at or below it, so a padding split never goes left
            Arrays.fill(exactThreshold, Double.NaN);
        }
        int cell = 0;
        for (int t = 0; t < trees; t++) {
            DecisionTree tree = small.get(t);
            int[] nodes = splitsOf(tree);
            int[] used = featuresOf(tree);
            for (int i = 0; i < nodes.length; i++) {
                int s = t * splitsPerTree + i;
                splitFeature[s] = tree.feature()[nodes[i]];
                splitThreshold[s] = (float) tree.threshold()[nodes[i]];
                if (exactThreshold != null) {
                    exactThreshold[s] = tree.threshold()[nodes[i]];
                }
                splitDefaultLeft[s] = tree.defaultLeft()[nodes[i]];
            }
            System.arraycopy(used, 0, tableFeature, featureStart[t], used.length);
            featureStart[t + 1] = featureStart[t] + used.length;
            tableStart[t] = cell;
            cell = tabulate(tree, nodes, used, cell);
        }
    }

    static TreeEnsemble of(PortableModel.Trees model, int width) {
        List<DecisionTree> trees = new java.util.ArrayList<>();
        for (PortableModel.Tree t : model.trees()) {
            for (int node = 0; node < t.left().length; node++) {
                if (t.left()[node] >= 0 && (t.feature()[node] < 0 || t.feature()[node] >= width)) {
                    throw new IllegalArgumentException("A tree splits on feature " + t.feature()[node]
                            + ", outside the manifest's " + width + " features");
                }
            }
            trees.add(new DecisionTree(t.left(), t.right(), t.feature(), t.threshold(), new boolean[t.left().length],
                    t.value(), t.cover(), t.rule()));
        }
        return new TreeEnsemble(trees, model.bias(), width);
    }

    /** Solves TreeSHAP for every combination of split directions; row {@code mask} has bit i set when split i goes left. */
    private int tabulate(DecisionTree tree, int[] nodes, int[] used, int cell) {
        boolean[] goesLeft = new boolean[tree.size()];
        double[] phi = new double[width];
        for (int mask = 0; mask < 1 << nodes.length; mask++) {
            for (int i = 0; i < nodes.length; i++) {
                goesLeft[nodes[i]] = (mask & (1 << i)) != 0;
            }
            Arrays.fill(phi, 0);
            TreeShap.contributions(tree, goesLeft, phi);
            for (int f : used) {
                table[cell++] = (float) phi[f];
            }
        }
        return cell;
    }

    @Override
    public double explain(double[] x, double[] contributions) {
        double[] sums = new double[width];
        int[] masks = splitDirections(x);
        // A second pass over independent table rows: their loads overlap instead of waiting on the comparisons.
        for (int t = 0; t < trees; t++) {
            int from = featureStart[t];
            int count = featureStart[t + 1] - from;
            int row = tableStart[t] + masks[t] * count;
            for (int k = 0; k < count; k++) {
                sums[tableFeature[from + k]] += table[row + k];
            }
        }
        for (DecisionTree tree : deepTrees) {
            boolean[] goesLeft = new boolean[tree.size()];
            for (int node = 0; node < tree.size(); node++) {
                goesLeft[node] = !tree.isLeaf(node) && tree.goesLeft(node, x[tree.feature()[node]]);
            }
            TreeShap.contributions(tree, goesLeft, sums);
        }
        System.arraycopy(sums, 0, contributions, 0, width);
        double logOdds = expectedLogOdds;
        for (int i = 0; i < width; i++) {
            logOdds += sums[i];
        }
        return logOdds;
    }

    /** Walks every tree to its leaf: without contributions, deep trees cost no TreeSHAP. */
    @Override
    public double logOdds(double[] x) {
        double logOdds = bias;
        for (DecisionTree tree : allTrees) {
            logOdds += tree.predict(x);
        }
        return logOdds;
    }

    /** Per tabulated tree, the bit mask of the directions {@code x} takes at its splits (bit set: left). */
    private int[] splitDirections(double[] x) {
        if (exactThreshold != null) {
            return exactSplitDirections(x);
        }
        float[] values = new float[width];
        boolean finite = true;
        for (int i = 0; i < width; i++) {
            values[i] = (float) x[i];
            finite &= Float.isFinite(values[i]);
        }
        int[] masks = new int[trees];
        for (int t = 0, s = 0; t < trees; t++) {
            int mask = 0;
            for (int i = 0; i < splitsPerTree; i++, s++) {
                float v = values[splitFeature[s]];
                mask |= (finite ? signOfDifference(v, splitThreshold[s]) : goesLeft(v, s)) << i;
            }
            masks[t] = mask;
        }
        return masks;
    }

    /** Spark's rule, {@code value <= threshold} goes left, in double precision. */
    private int[] exactSplitDirections(double[] x) {
        int[] masks = new int[trees];
        for (int t = 0, s = 0; t < trees; t++) {
            int mask = 0;
            for (int i = 0; i < splitsPerTree; i++, s++) {
                mask |= (x[splitFeature[s]] <= exactThreshold[s] ? 1 : 0) << i;
            }
            masks[t] = mask;
        }
        return masks;
    }

    private static SplitRule ruleOf(List<DecisionTree> trees) {
        Set<SplitRule> rules = new java.util.HashSet<>();
        trees.forEach(t -> rules.add(t.rule()));
        if (rules.size() > 1) {
            throw new IllegalArgumentException("An ensemble's trees must share one split rule, found " + rules);
        }
        return rules.isEmpty() ? SplitRule.FLOAT_LESS_THAN : rules.iterator().next();
    }

    /**
     * 1 when {@code v < threshold}, from the sign of the difference instead of a branch the CPU would mispredict
     * half the time. Exact for finite {@code v}: the difference of two distinct floats is never zero, and a finite
     * value minus the padding threshold (minus infinity) is plus infinity.
     */
    private static int signOfDifference(float v, float threshold) {
        return Float.floatToRawIntBits(v - threshold) >>> 31;
    }

    /** XGBoost's rule, branch by branch, for rows with missing or infinite values. */
    private int goesLeft(float v, int split) {
        if (Float.isNaN(v)) {
            return splitDefaultLeft[split] ? 1 : 0;
        }
        return v < splitThreshold[split] ? 1 : 0;
    }

    int tabulatedTrees() {
        return trees;
    }

    @Override
    public int width() {
        return width;
    }

    private static int[] splitsOf(DecisionTree tree) {
        return IntStream.range(0, tree.size()).filter(n -> !tree.isLeaf(n)).toArray();
    }

    private static int[] featuresOf(DecisionTree tree) {
        Set<Integer> used = new LinkedHashSet<>();
        for (int node : splitsOf(tree)) {
            used.add(tree.feature()[node]);
        }
        return used.stream().mapToInt(Integer::intValue).toArray();
    }
}

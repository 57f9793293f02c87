package dev.foresight.training.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Stratified k-fold assignment: positives and negatives are shuffled separately (seeded) and dealt round-robin, so
 * every fold has the table's outcome rate.
 */
record Folds(int count, int[] foldOf) {

    static Folds stratified(boolean[] outcome, int count, long seed) {
        int[] foldOf = new int[outcome.length];
        Random random = new Random(seed);
        int next = 0;
        for (boolean side : new boolean[] {true, false}) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < outcome.length; i++) {
                if (outcome[i] == side) {
                    rows.add(i);
                }
            }
            Collections.shuffle(rows, random);
            for (int row : rows) {
                foldOf[row] = next++ % count;
            }
        }
        return new Folds(count, foldOf);
    }

    /** Rows outside fold {@code k}: the ones a fold's model trains on. */
    int[] training(int k) {
        return rows(k, false);
    }

    /** Rows of fold {@code k}: the ones it is tested on. */
    int[] testing(int k) {
        return rows(k, true);
    }

    private int[] rows(int k, boolean inFold) {
        return java.util.stream.IntStream.range(0, foldOf.length).filter(i -> (foldOf[i] == k) == inFold).toArray();
    }
}

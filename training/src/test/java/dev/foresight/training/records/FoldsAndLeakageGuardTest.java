package dev.foresight.training.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.RecordEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FoldsAndLeakageGuardTest {

    private static final RecordEncoding MISSING = new RecordEncoding(null, List.of(""), List.of());

    @Test
    void everyRecordIsInExactlyOneFoldAndEveryFoldHasTheOutcomeRate() {
        boolean[] outcome = new boolean[1_000];
        for (int i = 0; i < outcome.length; i++) {
            outcome[i] = i % 5 == 0;
        }
        Folds folds = Folds.stratified(outcome, 5, 42);

        for (int k = 0; k < 5; k++) {
            int[] test = folds.testing(k);
            assertThat(test).hasSize(200);
            assertThat(IntStream.of(test).filter(i -> outcome[i]).count()).isEqualTo(40);
            assertThat(folds.training(k)).hasSize(800).doesNotContain(test);
        }
    }

    @Test
    void aFieldThatCopiesTheOutcomeScoresNearOneAndNoiseNearAHalf() {
        var random = new SplittableRandom(3);
        List<Map<String, String>> rows = new ArrayList<>();
        boolean[] outcome = new boolean[2_000];
        for (int i = 0; i < outcome.length; i++) {
            outcome[i] = random.nextBoolean();
            rows.add(Map.of("stage", outcome[i] ? "won" : "lost", "noise", Double.toString(random.nextDouble())));
        }
        Folds folds = Folds.stratified(outcome, 5, 1);

        assertThat(auc("stage", rows, outcome, folds)).isGreaterThan(0.99);
        assertThat(auc("noise", rows, outcome, folds)).isBetween(0.5, 0.56);
    }

    private static double auc(String field, List<Map<String, String>> rows, boolean[] outcome, Folds folds) {
        return LeakageGuard.singleFieldAuc(FieldProfile.of(field, rows, MISSING), rows, outcome, folds, MISSING);
    }
}

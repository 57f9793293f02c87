package dev.foresight.training.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.training.TrainingProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped example targets on the real tables in {@code ../shared/datasets}, with the production settings and
 * nested cross-validation. Telco and the leads run whole; the bank's 41,188 calls run on every second call to keep
 * the suite fast (the README has the full-table results). Each must beat its best single field, keep the fields
 * the example names as leaking out, and reach a ROC AUC near the off-the-shelf references of the same protocol.
 */
class RealDataTargetQualityTest {

    private static final Path EXAMPLES = Path.of("../examples");
    private static final TrainingProperties.Xgboost PRODUCTION = new TrainingProperties.Xgboost(400, 0.02, 3, 50, 0.8, 0.8, 42);

    @TempDir
    Path folder;

    @Test
    void telcoChurnFromTheAccountRecord() {
        var trained = train(TargetDefinition.read(EXAMPLES.resolve("telco-churn-target.yml")));
        assertThat(trained.readiness().records()).isEqualTo(7_043);
        assertGood(trained, 0.845);
    }

    @Test
    void leadConversionWithoutTheFieldsSalesFillsInLater() {
        var trained = train(TargetDefinition.read(EXAMPLES.resolve("lead-conversion-target.yml")));
        assertThat(trained.readiness().excluded()).containsKeys("Tags", "Lead Quality", "Last Activity");
        assertThat(trained.outcome().manifest().names()).noneMatch(n -> n.startsWith("Tags"));
        assertGood(trained, 0.875);
    }

    @Test
    void termDepositWithoutTheCallDuration() throws IOException {
        var full = TargetDefinition.read(EXAMPLES.resolve("bank-term-deposit-target.yml"));
        Path half = folder.resolve("bank-half.csv");
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of(full.source().path())))))) {
            var kept = new StringBuilder(lines.readLine()).append('\n');
            int i = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine(), i++) {
                if (i % 2 == 0) {
                    kept.append(line).append('\n');
                }
            }
            Files.writeString(half, kept);
        }
        var target = new TargetDefinition(full.name(), full.description(), new TargetDefinition.Source(
                full.source().format(), half.toString(), full.source().delimiter(), null), full.id(), full.outcome(),
                full.fields(), full.missingValues(), full.leakage(), full.evaluation(), full.readiness(), full.segments(), null);
        var trained = train(target);
        assertThat(trained.readiness().excluded()).containsKey("duration").doesNotContainKey("y");
        assertGood(trained, 0.79);
    }

    private static RecordTargetTrainer.Trained train(TargetDefinition target) {
        assertThat(Path.of(target.source().path())).as("real dataset (see ../shared/datasets)").exists();
        return new RecordTargetTrainer(PRODUCTION).train(target, RecordTable.read(target.source(), () -> null), null);
    }

    private static void assertGood(RecordTargetTrainer.Trained trained, double reference) {
        double auc = trained.outcome().holdout().rocAuc();
        assertThat(trained.outcome().beatsBaselines()).isTrue();
        assertThat(auc).isGreaterThan(trained.outcome().baselineAuc().values().iterator().next() + 0.02);
        assertThat(auc).isGreaterThan(reference);
    }
}

package dev.foresight.training.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.foresight.training.TrainingProperties;
import dev.foresight.training.train.Algorithm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A declared target from file to trained model, and every way a target file or table can be unfit to train. */
class RecordTargetTrainerTest {

    /** Two small candidates keep the nested cross-validation fast; production tries four larger ones. */
    private static final List<ModelCandidate> SMALL = List.of(
            new ModelCandidate("small trees", Algorithm.XGBOOST, new TrainingProperties.Xgboost(60, 0.1, 3, 1, 1, 1, 42)),
            new ModelCandidate("logistic", Algorithm.LOGISTIC_REGRESSION, new TrainingProperties.Xgboost(60, 0.1, 3, 1, 1, 1, 42)));

    @TempDir
    Path folder;

    @Test
    void trainsOnRawFieldsExcludesLeakyOnesAndQuarantinesRecordsWithoutAnOutcome() throws IOException {
        var trained = train(target(""), leads(600));

        var readiness = trained.readiness();
        assertThat(readiness.records()).isEqualTo(599);
        assertThat(trained.quarantined()).singleElement()
                .satisfies(q -> assertThat(q.reason()).isEqualTo("the outcome converted is missing"));
        assertThat(readiness.excluded()).containsKey("stage")
                .hasEntrySatisfying("stage", why -> assertThat(why).startsWith("possible leakage"))
                .hasEntrySatisfying("email", why -> assertThat(why).contains("identifier"));
        assertThat(trained.outcome().manifest().names()).contains("visits", "source=google").doesNotContain("stage=won");
        assertThat(readiness.textInNumberFields()).containsExactly(java.util.Map.entry("visits", 1));
        assertThat(trained.foldAuc().get(RecordTargetTrainer.PROCEDURE)).hasSize(5);
        assertThat(trained.foldChoices()).hasSize(5);
        assertThat(trained.outcome().holdout().rocAuc()).isGreaterThan(trained.outcome().baselineAuc().values().iterator().next());
    }

    @Test
    void aSegmentThatBehavesDifferentlyGetsItsOwnModelAndASmallOneKeepsTheGlobal() throws IOException {
        var random = new SplittableRandom(6);
        var csv = new StringBuilder("id,visits,region,converted\n");
        for (int i = 0; i < 1_500; i++) {
            String region = i % 10 == 0 ? "APAC" : i % 2 == 0 ? "EMEA" : "Americas";
            int visits = random.nextInt(0, 15);
            // In EMEA more visits mean less conversion (tyre-kickers); elsewhere more.
            double z = (region.equals("EMEA") ? -1 : 1) * (visits / 3.0 - 2.3);
            csv.append(i).append(',').append(visits).append(',').append(region).append(',')
                    .append(random.nextDouble() < 1 / (1 + Math.exp(-z)) ? "yes" : "no").append('\n');
        }
        // The global model does not see the region, so only a model of EMEA's own can learn its opposite behaviour.
        var trained = train(target("segments: {field: region, min-records: 300}\nfields: {exclude: [region]}\n"), csv.toString());

        assertThat(trained.segments()).extracting(SegmentModels.Segment::target)
                .containsExactlyInAnyOrder("leads.emea", "leads.americas", "leads.apac");
        var emea = trained.segments().stream().filter(s -> s.value().equals("EMEA")).findFirst().orElseThrow();
        var apac = trained.segments().stream().filter(s -> s.value().equals("APAC")).findFirst().orElseThrow();
        assertThat(emea.published()).isTrue();
        assertThat(emea.ownAuc()).isGreaterThan(emea.globalAuc());
        assertThat(apac.published()).isFalse();
        assertThat(apac.decision()).contains("fewer than segments.min-records 300");
        assertThat(trained.outcome().manifest().recordEncoding().segmentTargets()).contains("leads.emea");
    }

    @Test
    void aUserMayInsistOnAFlaggedField() throws IOException {
        var trained = train(target("leakage: {allow: [stage]}\n"), leads(600));
        assertThat(trained.readiness().excluded()).doesNotContainKey("stage");
        assertThat(trained.outcome().manifest().names()).contains("stage=won");
    }

    @Test
    void anUnknownColumnIsNamedWithTheFileSectionThatNamesIt() throws IOException {
        assertNotReady(target("fields: {exclude: [Lead Owner]}\n"), leads(100),
                "fields.exclude names the column 'Lead Owner', which the table does not have");
    }

    @Test
    void everyProblemOfATargetFileIsReportedAtOnce() throws IOException {
        Path target = target("outcome: {field: source}\nfields: {exclude: [Lead Owner]}\n");
        assertThatThrownBy(() -> train(target, leads(100))).isInstanceOf(TargetNotReadyException.class)
                .satisfies(e -> assertThat(((TargetNotReadyException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("'Lead Owner'"))
                        .anySatisfy(p -> assertThat(p).contains("source is not a yes/no field"))
                        .anySatisfy(p -> assertThat(p).startsWith("the table's columns are [id, visits, source")));
    }

    @Test
    void anEmptyTableIsNotReady() throws IOException {
        assertNotReady(target(""), "id,visits,source,email,stage,converted\n", "has no records");
    }

    @Test
    void aTableWhereEveryOutcomeIsTheSameIsNotReady() throws IOException {
        assertNotReady(target("outcome: {field: converted, positive: ['1']}\n"),
                leads(100).replaceAll(",[01]\n", ",0\n"), "every record has the same outcome");
    }

    @Test
    void tooFewOfAnOutcomeIsNotReady() throws IOException {
        assertNotReady(target("readiness: {min-positives: 5000}\n"), leads(300), "at least 5000 are needed");
    }

    @Test
    void aNonBinaryOutcomeIsNotReady() throws IOException {
        assertNotReady(target("outcome: {field: source}\n"), leads(100), "source is not a yes/no field");
    }

    private RecordTargetTrainer.Trained train(Path target, String csv) throws IOException {
        Files.writeString(folder.resolve("leads.csv"), csv);
        var definition = TargetDefinition.read(target);
        return new RecordTargetTrainer(SMALL).train(definition, RecordTable.read(definition.source(), () -> null), null);
    }

    private void assertNotReady(Path target, String csv, String problem) {
        assertThatThrownBy(() -> train(target, csv)).isInstanceOf(TargetNotReadyException.class)
                .satisfies(e -> assertThat(((TargetNotReadyException) e).problems()).anySatisfy(
                        p -> assertThat(p).contains(problem)));
    }

    /** A target file; {@code extra} YAML lines replace or add sections. */
    private Path target(String extra) throws IOException {
        String outcome = extra.startsWith("outcome:") ? "" : "outcome: {field: converted}\n";
        Path file = folder.resolve("target.yml");
        Files.writeString(file, "name: leads\nsource: {path: leads.csv}\nid: id\n" + outcome + extra);
        return file;
    }

    /** Leads whose conversion rises with visits and a Google source; stage copies the outcome; one lacks an outcome. */
    private static String leads(int n) {
        var random = new SplittableRandom(5);
        var csv = new StringBuilder("id,visits,source,email,stage,converted\n");
        String[] sources = {"Google", "Chat", "Referral", "Select"};
        for (int i = 0; i < n; i++) {
            int visits = random.nextInt(0, 15);
            String source = sources[random.nextInt(sources.length)];
            boolean converted = random.nextDouble() < 1 / (1 + Math.exp(-(visits / 4.0 - 2 + (source.equals("Google") ? 1.5 : 0))));
            String outcome = i == 7 ? "" : converted ? "1" : "0";
            String visitCell = i == 11 ? "lots" : i % 9 == 0 ? "" : Integer.toString(visits);
            csv.append("L").append(i).append(',').append(visitCell).append(',').append(source).append(',')
                    .append("lead").append(i).append("@example.com,").append(converted ? "won" : "lost").append(',')
                    .append(outcome).append('\n');
        }
        return csv.toString();
    }
}

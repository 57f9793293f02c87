package dev.foresight.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped mapping files on the real purchase logs in {@code ../shared/datasets}, with the default settings:
 * the published churn model must beat the recency baseline of the same run on the time-ordered hold-out, and the
 * off-the-shelf reference (gradient boosting on RFM features) of the same protocol.
 */
class RealDataChurnQualityTest {

    private static final Path DATASETS = Path.of("../../shared/datasets");

    @TempDir
    Path work;

    @Test
    void cdnowChurnBeatsRecencyAndTheRfmReference() throws Exception {
        JsonNode churn = train("cdnow_transactions/cdnow_transactions.csv", "cdnow.yml", "1997-12-29", 90);
        assertThat(churn.at("/holdout/rows").asLong()).isEqualTo(23_570); // every customer, as in the protocol
        assertBeats(churn, 0.763);
    }

    @Test
    void onlineRetailChurnBeatsRecencyAndTheRfmReference() throws Exception {
        JsonNode churn = train("online_retail_uci/online_retail_invoices.csv", "online-retail.yml", "2011-12-09", 91);
        assertThat(churn.at("/holdout/rows").asLong()).isEqualTo(3_370); // buyers on or before 2011-09-09
        assertBeats(churn, 0.727);
    }

    private static void assertBeats(JsonNode churn, double reference) {
        double auc = churn.at("/holdout/rocAuc").asDouble();
        assertThat(churn.get("published").asBoolean()).isTrue();
        assertThat(auc).isGreaterThan(churn.at("/baselines/recency/rocAuc").asDouble() + 0.005);
        assertThat(auc).isGreaterThan(reference + 0.005);
    }

    private JsonNode train(String events, String mapping, String asOf, int horizon) throws Exception {
        Path file = DATASETS.resolve(events);
        assertThat(file).as("real dataset (see ../shared/datasets)").exists();
        try (var context = new SpringApplicationBuilder(TrainingApplication.class).web(WebApplicationType.NONE).properties(
                "foresight.embedded-database.data-directory=" + work.resolve("pg"),
                "foresight.embedded-database.port=0",
                "foresight.training.work-directory=" + work.resolve("runs"),
                "foresight.training.spark-master=local[2]").run()) {
            var execution = context.getBean(TrainingLauncher.class).run(new JobParametersBuilder()
                    .addString(TrainingRun.EVENTS, file.toAbsolutePath().toString())
                    .addString(TrainingRun.MAPPING, Path.of("../examples", mapping).toAbsolutePath().toString())
                    .addString(TrainingRun.AS_OF, asOf)
                    .addString(TrainingRun.HORIZON_DAYS, Integer.toString(horizon))
                    .addString(TrainingRun.REPORT, work.resolve("report.json").toString(), false)
                    .toJobParameters());
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        return JsonMapper.builder().build().readTree(Files.readString(work.resolve("report.json"))).at("/targets/churn");
    }
}

package dev.foresight.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code foresight train --target}: a target that is not ready exits 2 with every reason, and no stack trace. */
class TrainTargetCommandTest {

    @TempDir
    Path folder;

    @Test
    void aTargetThatIsNotReadyExitsWithItsReasons() throws Exception {
        Files.writeString(folder.resolve("deals.csv"), "id,amount,stage\nD1,10,won\nD2,20,lost\nD3,15,open\n");
        Files.writeString(folder.resolve("deals.yml"), "name: deal-won\nsource: {path: deals.csv}\nid: id\n"
                + "outcome: {field: stage}\nfields: {include: [amount, owner]}\n");

        CliRun run;
        System.setProperty("foresight.embedded-database.port", "0"); // any free port, beside other tests' servers
        try {
            run = CliRun.of("train", "--workspace", folder.resolve("ws").toString(),
                    "--target", folder.resolve("deals.yml").toString());
        } finally {
            System.clearProperty("foresight.embedded-database.port");
        }

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("error: target deal-won is not ready to train:")
                .contains("fields.include names the column 'owner', which the table does not have")
                .contains("the outcome stage is not a yes/no field")
                .doesNotContain("Exception");
    }

    @Test
    void trainNeedsATargetOrAMappingAndADate() {
        CliRun run = CliRun.of("train", "--events", "x.csv");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("train needs --target FILE, or --mapping FILE and --as-of DATE");
    }
}

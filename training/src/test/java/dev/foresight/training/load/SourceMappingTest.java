package dev.foresight.training.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.foresight.features.LabelPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceMappingTest {

    @TempDir
    Path dir;

    @Test
    void theShippedExamplesParse() {
        var retail = SourceMapping.read(Path.of("../examples/online-retail.yml"));
        assertThat(retail.columns().customerId()).isEqualTo("CustomerID");
        assertThat(retail.typeValues()).containsEntry("1", "return");
        assertThat(retail.labelPolicy(91).churnMode()).isEqualTo(LabelPolicy.ChurnMode.INACTIVITY);

        var synthetic = SourceMapping.read(Path.of("../examples/synthetic.yml"));
        assertThat(synthetic.customers().numericAttributes()).containsExactly("plan_tier", "seats");
        assertThat(synthetic.labelPolicy(90).upsellTypes()).containsExactly("plan_upgrade");

        assertThat(SourceMapping.read(Path.of("../examples/cdnow.yml")).defaultType()).isEqualTo("purchase");
    }

    @Test
    void aMappingWithoutLabelsIsRejectedWithTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yml"), "name: x\ncolumns: {customer-id: a, occurred-at: b}\ndefault-type: t\n");
        assertThatThrownBy(() -> SourceMapping.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mapping needs a 'labels' section");
    }

    @Test
    void aMissingMappingFileIsNamed() {
        assertThatThrownBy(() -> SourceMapping.read(dir.resolve("nope.yml"))).hasMessageContaining("nope.yml");
    }

    @Test
    void cancellationChurnWithoutCancellationTypesIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("sub.yml"), """
                name: x
                columns: {customer-id: a, occurred-at: b, type: c}
                labels: {churn-mode: cancellation, activity-types: [login]}
                """);
        assertThatThrownBy(() -> SourceMapping.read(file).labelPolicy(90))
                .hasMessageContaining("churn mode CANCELLATION needs cancellation types");
    }
}

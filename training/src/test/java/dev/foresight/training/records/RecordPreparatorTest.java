package dev.foresight.training.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.RecordEncoding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordPreparatorTest {

    private static final List<String> MISSING = List.of("", "Select");

    @Test
    void numbersKeepTheirValueAndMissingCellsTakeTheMedianWithAFlag() {
        List<Map<String, String>> rows = rows(40, i -> Map.of("charges", i % 10 == 0 ? " " : Integer.toString(i)));
        FeatureManifest manifest = fit(rows, "charges");

        assertThat(manifest.names()).containsExactly("charges", "charges missing");
        assertThat(manifest.recordEncoding().encode(Map.of("charges", ""), false))
                .containsEntry("charges", 20.0).containsEntry("charges missing", 1.0);
    }

    @Test
    void categoriesBecomeOneIndicatorPerFrequentLevelAndRareLevelsShareNone() {
        List<Map<String, String>> rows = rows(60, i -> Map.of("source", i < 30 ? "Google" : i < 55 ? "chat" : "fax " + i));
        FeatureManifest manifest = fit(rows, "source");

        assertThat(manifest.names()).containsExactly("source=google", "source=chat");
        assertThat(manifest.features().get(0).description()).isEqualTo("source is Google");
        assertThat(manifest.features().get(0).type()).isEqualTo(FeatureManifest.INDICATOR);
        assertThat(manifest.recordEncoding().encode(Map.of("source", "fax 99"), true)).containsOnly(
                Map.entry("source=google", 0.0), Map.entry("source=chat", 0.0));
    }

    @Test
    void aLevelEveryTrainingRowHasTeachesNothingAndIsLeftOut() {
        List<Map<String, String>> rows = rows(30, i -> Map.of("opt-in", "No", "seats", "4"));
        assertThat(fit(rows, "opt-in", "seats").names()).isEmpty();
    }

    private static FeatureManifest fit(List<Map<String, String>> rows, String... fields) {
        var missing = new RecordEncoding(null, MISSING, List.of());
        var profiles = java.util.Arrays.stream(fields).map(f -> FieldProfile.of(f, rows, missing)).toList();
        return new RecordPreparator("id", MISSING, profiles).fit(rows);
    }

    private static List<Map<String, String>> rows(int n, java.util.function.IntFunction<Map<String, String>> row) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new HashMap<>(row.apply(i)));
        }
        return rows;
    }
}

package dev.foresight.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.foresight.models.RecordEncoding.Column;
import dev.foresight.models.RecordEncoding.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordEncodingTest {

    private final RecordEncoding encoding = new RecordEncoding("id", List.of("", "Select"), List.of(
            new Column("visits", Kind.NUMBER, "visits", null, 3),
            new Column("visits missing", Kind.MISSING, "visits", null, 0),
            new Column("source=google", Kind.LEVEL, "source", "google", 0),
            new Column("source=chat", Kind.LEVEL, "source", "chat", 0)));

    @Test
    void numbersLevelsAndMissingFlagsAreEncodedAsTrainingDid() {
        assertThat(encoding.encode(Map.of("visits", "5", "source", " Google "), true)).containsExactlyInAnyOrderEntriesOf(
                Map.of("visits", 5.0, "visits missing", 0.0, "source=google", 1.0, "source=chat", 0.0));
    }

    @Test
    void placeholdersAndAbsentFieldsCountAsMissingAndTakeTheTrainingMedian() {
        Map<String, Object> record = new HashMap<>();
        record.put("visits", null);
        record.put("source", "select");
        assertThat(encoding.encode(record, true)).containsEntry("visits", 3.0).containsEntry("visits missing", 1.0)
                .containsEntry("source=google", 0.0).containsEntry("source=chat", 0.0);
        assertThat(encoding.encode(Map.of(), true)).containsEntry("visits", 3.0);
    }

    @Test
    void aNumberFieldHoldingTextIsAnErrorWhenServingAndMissingWhenTraining() {
        assertThatThrownBy(() -> encoding.encode(Map.of("visits", "many"), true))
                .isInstanceOf(RecordEncoding.InvalidFieldException.class).hasMessageContaining("visits must be a number");
        assertThat(encoding.encode(Map.of("visits", "many"), false)).containsEntry("visits", 3.0);
        assertThat(encoding.encode(Map.of("visits", 7), true)).containsEntry("visits", 7.0);
    }

    @Test
    void fieldsTheModelDoesNotKnowAreNamed() {
        assertThat(encoding.unknownFields(Map.of("id", "L1", "visits", 1, "vists", 2))).containsExactly("vists");
    }

    @Test
    void aRecordsSegmentNamesTheModelThatMayScoreIt() {
        var segmented = encoding.withSegments("origin", List.of("lead-conversion.landing-page-submission"));
        assertThat(segmented.segmentTargetOf("lead-conversion", Map.of("origin", " Landing Page Submission ")))
                .isEqualTo("lead-conversion.landing-page-submission");
        assertThat(segmented.segmentTargetOf("lead-conversion", Map.of("origin", "API"))).as("no model of its own").isNull();
        assertThat(segmented.segmentTargetOf("lead-conversion", Map.of("origin", ""))).isNull();
        assertThat(encoding.segmentTargetOf("lead-conversion", Map.of("origin", "API"))).isNull();
        assertThat(segmented.unknownFields(Map.of("origin", "API"))).isEmpty();
    }

    @Test
    void retainingFeaturesKeepsTheirEncodingInStep() {
        var manifest = new FeatureManifest("v", List.of(
                new FeatureManifest.FeatureColumn("visits", "number", "visits"),
                new FeatureManifest.FeatureColumn("source=google", FeatureManifest.INDICATOR, "source is google")), encoding);
        assertThat(manifest.retain(java.util.Set.of("visits")).recordEncoding().columns())
                .extracting(Column::feature).containsExactly("visits");
    }
}

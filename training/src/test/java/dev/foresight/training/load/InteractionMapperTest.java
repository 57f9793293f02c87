package dev.foresight.training.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.foresight.features.LabelPolicy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InteractionMapperTest {

    private final SourceMapping mapping = new SourceMapping("shop", SourceMapping.Format.CSV, ",",
            new SourceMapping.Columns("id", "at", "kind", null, "amount", null, null), "yyyy-MM-dd HH:mm:ss", null,
            Map.of("P", "purchase", "R", "return"), true, List.of("country"), null, null,
            new SourceMapping.Labels(LabelPolicy.ChurnMode.INACTIVITY, List.of("purchase"), null, null, -1));
    private final InteractionMapper mapper = new InteractionMapper(mapping, "shop:orders.csv");

    @Test
    void mapsAValidRowWithTypeValuesAndAttributes() {
        Interaction interaction = mapper.process(row("c1", "2011-05-01 10:30:00", "P", "12.50"));
        assertThat(interaction.customerId()).isEqualTo("c1");
        assertThat(interaction.occurredAt()).isEqualTo(Instant.parse("2011-05-01T10:30:00Z"));
        assertThat(interaction.type()).isEqualTo("purchase");
        assertThat(interaction.amount()).isEqualTo(12.5);
        assertThat(interaction.attributes()).containsEntry("country", "UK");
        assertThat(interaction.source()).isEqualTo("shop:orders.csv");
        assertThat(interaction.sourceLine()).isEqualTo(7);
    }

    @Test
    void rejectsABadDateNamingTheColumnAndValue() {
        assertThatThrownBy(() -> mapper.process(row("c1", "2011-13-45 10:00:00", "P", "1")))
                .isInstanceOf(MalformedRecordException.class).hasMessage("bad date in at: '2011-13-45 10:00:00'");
    }

    @Test
    void rejectsANonNumericAmount() {
        assertThatThrownBy(() -> mapper.process(row("c1", "2011-05-01 10:30:00", "P", "12,5O")))
                .isInstanceOf(MalformedRecordException.class).hasMessage("non-numeric amount: '12,5O'");
    }

    @Test
    void rejectsAMissingCustomerId() {
        assertThatThrownBy(() -> mapper.process(row(" ", "2011-05-01 10:30:00", "P", "1")))
                .isInstanceOf(MalformedRecordException.class).hasMessage("missing id");
    }

    @Test
    void rejectsAnUnknownTypeWhenTypesAreRestricted() {
        assertThatThrownBy(() -> mapper.process(row("c1", "2011-05-01 10:30:00", "X", "1")))
                .isInstanceOf(MalformedRecordException.class).hasMessage("unknown type in kind: 'X'");
    }

    @Test
    void rejectsARowTheReaderCouldNotSplit() {
        assertThatThrownBy(() -> mapper.process(new RawRecord(3, Map.of(), "a,b", "expected 5 columns, found 2")))
                .isInstanceOf(MalformedRecordException.class).hasMessage("expected 5 columns, found 2");
    }

    private static RawRecord row(String id, String at, String kind, String amount) {
        Map<String, String> values = new HashMap<>();
        values.put("id", id);
        values.put("at", at);
        values.put("kind", kind);
        values.put("amount", amount);
        values.put("country", "UK");
        return new RawRecord(7, values, String.join(",", values.values()), null);
    }
}

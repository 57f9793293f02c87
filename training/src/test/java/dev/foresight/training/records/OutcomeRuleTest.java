package dev.foresight.training.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.foresight.models.RecordEncoding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutcomeRuleTest {

    private static final List<String> MISSING = TargetDefinition.DEFAULT_MISSING;
    private static final RecordEncoding NONE = new RecordEncoding(null, MISSING, List.of());

    @Test
    void aYesNoFieldNeedsNoPositiveValue() {
        var rows = List.of(Map.of("Churn", "Yes"), Map.of("Churn", "No"));
        var rule = OutcomeRule.of(new TargetDefinition.Outcome("Churn", null, null), rows, MISSING);

        assertThat(rule.of(rows.get(0), NONE)).isTrue();
        assertThat(rule.of(rows.get(1), NONE)).isFalse();
        assertThat(rule.of(Map.of("Churn", ""), NONE)).isNull();
    }

    @Test
    void aFieldWithManyValuesIsNotAYesNoOutcome() {
        var rows = List.of(Map.of("Stage", "won"), Map.of("Stage", "lost"), Map.of("Stage", "open"));
        assertThatThrownBy(() -> OutcomeRule.of(new TargetDefinition.Outcome("Stage", null, null), rows, MISSING))
                .isInstanceOf(TargetNotReadyException.class).hasMessageContaining("Stage is not a yes/no field: it has 3 distinct values");
    }

    @Test
    void namedPositiveValuesMustOccur() {
        var rows = List.of(Map.of("Stage", "won"), Map.of("Stage", "lost"));
        assertThatThrownBy(() -> OutcomeRule.of(new TargetDefinition.Outcome("Stage", List.of("Closed Won"), null), rows, MISSING))
                .isInstanceOf(TargetNotReadyException.class).hasMessageContaining("none of outcome.positive [Closed Won] occurs in Stage");
        var rule = OutcomeRule.of(new TargetDefinition.Outcome("Stage", List.of("WON"), null), rows, MISSING);
        assertThat(rule.of(rows.get(0), NONE)).isTrue();
    }

    @Test
    void anExpressionDecidesTheOutcomeAndItsFieldsAreNeverFeatures() {
        var rows = List.of(Map.of("y", "yes", "age", "30"), Map.of("y", "no", "age", "40"));
        var rule = OutcomeRule.of(new TargetDefinition.Outcome(null, null, "y == 'yes'"), rows, MISSING);

        assertThat(rule.of(rows.get(0), NONE)).isTrue();
        assertThat(rule.of(rows.get(1), NONE)).isFalse();
        assertThat(rule.fields(Set.of("y", "age"))).containsExactly("y");
    }

    @Test
    void anExpressionThatDoesNotParseIsNamed() {
        assertThatThrownBy(() -> OutcomeRule.of(new TargetDefinition.Outcome(null, null, "y == == 'yes'"), List.of(), MISSING))
                .isInstanceOf(TargetNotReadyException.class).hasMessageContaining("cannot be parsed");
    }
}

package dev.foresight.training.records;

import dev.foresight.models.RecordEncoding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.expression.MapAccessor;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * Decides each record's yes/no outcome from the target's {@link TargetDefinition.Outcome}. A field's positive
 * values are inferred when the field is plainly binary (yes/no, true/false, 1/0); any other field must name them.
 */
final class OutcomeRule {

    private static final List<Set<String>> OBVIOUS = List.of(Set.of("yes", "no"), Set.of("true", "false"),
            Set.of("1", "0"), Set.of("y", "n"));

    private final String field;
    private final Set<String> positive;
    private final String expressionText;
    private final Expression expression;
    private final SimpleEvaluationContext context = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor())
            .withInstanceMethods().build();

    private OutcomeRule(String field, Set<String> positive, String expressionText) {
        this.field = field;
        this.positive = positive;
        this.expressionText = expressionText;
        this.expression = expressionText == null ? null : new SpelExpressionParser().parseExpression(expressionText);
    }

    /** The rule for these rows, or the reason there is none (a non-binary field, positive values that never occur). */
    static OutcomeRule of(TargetDefinition.Outcome outcome, List<Map<String, String>> rows, List<String> missingValues) {
        if (outcome.expression() != null) {
            try {
                return new OutcomeRule(null, Set.of(), outcome.expression());
            } catch (ExpressionException e) {
                throw new TargetNotReadyException(List.of("outcome.expression '" + outcome.expression()
                        + "' cannot be parsed: " + e.getMessage()));
            }
        }
        var encoding = new RecordEncoding(null, missingValues, List.of());
        Set<String> seen = rows.stream().map(r -> r.get(outcome.field())).filter(v -> !encoding.isMissing(v))
                .map(RecordEncoding::normalise).collect(Collectors.toCollection(TreeSet::new));
        if (seen.size() == 1) {
            throw new TargetNotReadyException(List.of("every record has the same outcome (" + outcome.field() + " is "
                    + sample(seen) + "), so there is nothing to learn"));
        }
        Set<String> positive = outcome.positive().stream().map(RecordEncoding::normalise).collect(Collectors.toSet());
        if (positive.isEmpty()) {
            Set<String> obvious = OBVIOUS.stream().filter(pair -> pair.containsAll(seen)).findFirst().orElse(null);
            if (obvious == null) {
                throw new TargetNotReadyException(List.of("the outcome " + outcome.field() + " is not a yes/no field: it has "
                        + seen.size() + " distinct values " + sample(seen) + "; name the values that mean yes in outcome.positive"));
            }
            positive = Set.of(obvious.contains("yes") ? "yes" : obvious.contains("true") ? "true" : obvious.contains("1") ? "1" : "y");
        } else if (positive.stream().noneMatch(seen::contains)) {
            throw new TargetNotReadyException(List.of("none of outcome.positive " + outcome.positive() + " occurs in "
                    + outcome.field() + " (values seen: " + sample(seen) + ")"));
        }
        return new OutcomeRule(outcome.field(), positive, null);
    }

    /** The record's outcome; null when it is missing (the record is quarantined, not guessed). */
    Boolean of(Map<String, String> row, RecordEncoding missing) {
        if (expression == null) {
            String value = row.get(field);
            return missing.isMissing(value) ? null : positive.contains(RecordEncoding.normalise(value));
        }
        try {
            return Boolean.TRUE.equals(expression.getValue(context, row, Boolean.class));
        } catch (ExpressionException e) {
            throw new TargetNotReadyException(List.of("outcome.expression cannot be evaluated on a record: " + e.getMessage()));
        }
    }

    /** How the outcome is decided, for messages: the field, or the expression. */
    String describe() {
        return field != null ? field : expressionText;
    }

    /** The columns the outcome is read from (the field, or every column the expression names): never features. */
    Set<String> fields(Set<String> columns) {
        if (field != null) {
            return Set.of(field);
        }
        return columns.stream().filter(c -> java.util.regex.Pattern.compile(
                "(^|[^\\w.])" + java.util.regex.Pattern.quote(c) + "($|[^\\w])").matcher(expressionText).find())
                .collect(Collectors.toSet());
    }

    private static String sample(Set<String> values) {
        return values.stream().limit(8).map(v -> "'" + v + "'").collect(Collectors.joining(", ", "[", values.size() > 8 ? ", …]" : "]"));
    }
}

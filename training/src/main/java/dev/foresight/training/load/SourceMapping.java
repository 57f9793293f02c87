package dev.foresight.training.load;

import dev.foresight.features.LabelPolicy;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mapping file: how the columns of a user's event export become Foresight interactions, and what churn and
 * upsell mean for that business. See {@code examples/*.yml}.
 */
public record SourceMapping(
        String name,
        Format format,
        String delimiter,
        Columns columns,
        String dateFormat,
        String defaultType,
        Map<String, String> typeValues,
        boolean restrictTypes,
        List<String> attributes,
        Jdbc jdbc,
        Customers customers,
        Labels labels) {

    public enum Format { CSV, PARQUET, JDBC }

    public SourceMapping {
        Objects.requireNonNull(name, "mapping needs a name");
        Objects.requireNonNull(columns, "mapping needs a 'columns' section");
        Objects.requireNonNull(labels, "mapping needs a 'labels' section");
        format = format == null ? Format.CSV : format;
        delimiter = delimiter == null ? "," : delimiter;
        dateFormat = dateFormat == null ? "iso" : dateFormat;
        typeValues = typeValues == null ? Map.of() : Map.copyOf(typeValues);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        if (columns.customerId() == null || columns.occurredAt() == null) {
            throw new IllegalArgumentException("mapping columns need at least customer-id and occurred-at");
        }
        if (columns.type() == null && defaultType == null) {
            throw new IllegalArgumentException("mapping needs a type column or a default-type");
        }
    }

    public static SourceMapping read(Path file) {
        return ConfigFiles.read(file, SourceMapping.class, "mapping");
    }

    /** The date parser for {@code date-format}: {@code iso}, or a {@link DateTimeFormatter} pattern. */
    public DateTimeFormatter dateFormatter() {
        return "iso".equalsIgnoreCase(dateFormat) ? null : DateTimeFormatter.ofPattern(dateFormat);
    }

    public LabelPolicy labelPolicy(int horizonDays) {
        return new LabelPolicy(horizonDays, labels.churnMode(), labels.activityTypes(),
                labels.cancellationTypes() == null ? List.of() : labels.cancellationTypes(),
                labels.upsellTypes() == null ? List.of() : labels.upsellTypes(), labels.spendGrowth());
    }

    /** Source column for each interaction field; only customer-id and occurred-at are required. */
    public record Columns(String customerId, String occurredAt, String type, String channel, String amount,
                          String quantity, String product) {
    }

    public record Jdbc(String url, String user, String password, String query) {
    }

    /**
     * Optional customer file: id, signup date, numeric attributes (used as features) and text attributes (kept for
     * filtering, e.g. {@code segment} and {@code owner} of the ranked score lists).
     */
    public record Customers(String file, String customerId, String signupDate, List<String> numericAttributes,
                            List<String> textAttributes) {
        public Customers {
            numericAttributes = numericAttributes == null ? List.of() : List.copyOf(numericAttributes);
            textAttributes = textAttributes == null ? List.of() : List.copyOf(textAttributes);
        }
    }

    public record Labels(LabelPolicy.ChurnMode churnMode, List<String> activityTypes, List<String> cancellationTypes,
                         List<String> upsellTypes, double spendGrowth) {
    }
}

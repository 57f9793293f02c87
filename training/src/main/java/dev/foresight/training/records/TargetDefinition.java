package dev.foresight.training.records;

import dev.foresight.training.load.ConfigFiles;
import dev.foresight.training.load.SourceMapping;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A prediction target declared in a file (see {@code examples/*-target.yml}): a table of CRM records, the yes/no
 * outcome to predict, the fields to learn from, and what the leakage guard must know. No code is written per target.
 */
public record TargetDefinition(
        String name,
        String description,
        Source source,
        String id,
        Outcome outcome,
        Fields fields,
        List<String> missingValues,
        Leakage leakage,
        Evaluation evaluation,
        Readiness readiness,
        Segments segments,
        History history) {

    /** Target names become URL path segments and registry keys. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    static final List<String> DEFAULT_MISSING = List.of("", "NA", "N/A", "null", "NaN");

    public TargetDefinition {
        Objects.requireNonNull(name, "a target needs a name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("target name '" + name
                    + "' must be lower-case letters, digits and dashes, starting with a letter");
        }
        Objects.requireNonNull(source, "a target needs a 'source' section");
        Objects.requireNonNull(outcome, "a target needs an 'outcome' section");
        fields = fields == null ? new Fields(List.of(), List.of()) : fields;
        missingValues = missingValues == null ? DEFAULT_MISSING : List.copyOf(missingValues);
        leakage = leakage == null ? new Leakage(Map.of(), List.of(), 0) : leakage;
        evaluation = evaluation == null ? new Evaluation(0, 0) : evaluation;
        readiness = readiness == null ? new Readiness(0, 0, 0) : readiness;
    }

    /** Reads a target file; relative paths inside it are resolved against the file's own folder. */
    public static TargetDefinition read(Path file) {
        TargetDefinition target = ConfigFiles.read(file, TargetDefinition.class, "target");
        return target.withSourceRelativeTo(file.toAbsolutePath().getParent());
    }

    private TargetDefinition withSourceRelativeTo(Path folder) {
        Source resolved = source.path() == null || Path.of(source.path()).isAbsolute() ? source
                : new Source(source.format(), folder.resolve(source.path()).normalize().toString(), source.delimiter(),
                        source.jdbc());
        return new TargetDefinition(name, description, resolved, id, outcome, fields, missingValues, leakage,
                evaluation, readiness, segments, history);
    }

    /** Every field the file names; each must be a column of the table. */
    Map<String, String> namedFields() {
        Map<String, String> named = new LinkedHashMap<>();
        if (id != null) {
            named.put(id, "id");
        }
        if (outcome.field() != null) {
            named.put(outcome.field(), "outcome.field");
        }
        fields.include().forEach(f -> named.put(f, "fields.include"));
        fields.exclude().forEach(f -> named.put(f, "fields.exclude"));
        leakage.filledAfterOutcome().keySet().forEach(f -> named.put(f, "leakage.filled-after-outcome"));
        leakage.allow().forEach(f -> named.put(f, "leakage.allow"));
        if (segments != null) {
            named.put(segments.field(), "segments.field");
        }
        if (history != null) {
            named.put(history.key(), "history.key");
        }
        return named;
    }

    /** Where the records come from, as for the event loaders: a CSV (optionally gzipped) or Parquet file, or JDBC. */
    public record Source(SourceMapping.Format format, String path, String delimiter, SourceMapping.Jdbc jdbc) {
        public Source {
            format = format == null ? SourceMapping.Format.CSV : format;
            delimiter = delimiter == null ? "," : delimiter;
            if (format == SourceMapping.Format.JDBC ? jdbc == null || jdbc.query() == null : path == null) {
                throw new IllegalArgumentException(format == SourceMapping.Format.JDBC
                        ? "a jdbc source needs jdbc.url and jdbc.query" : "a " + format.name().toLowerCase() + " source needs a path");
            }
        }
    }

    /**
     * The yes/no outcome: a {@code field} whose {@code positive} values mean yes (inferred for yes/no, true/false and
     * 1/0 fields), or an {@code expression} over the record such as {@code Churn == 'Yes'} (Spring expression
     * language; a field name with spaces as {@code ['Lead Stage'] == 'Won'}).
     */
    public record Outcome(String field, List<String> positive, String expression) {
        public Outcome {
            positive = positive == null ? List.of() : List.copyOf(positive);
            if ((field == null) == (expression == null)) {
                throw new IllegalArgumentException("outcome needs exactly one of 'field' or 'expression'");
            }
        }
    }

    /** Fields to learn from: all but the id and the outcome by default, or only {@code include}; never {@code exclude}. */
    public record Fields(List<String> include, List<String> exclude) {
        public Fields {
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
        }
    }

    /**
     * What the leakage guard knows: fields filled in after the outcome (excluded, with the reason given), fields
     * the user insists on keeping even if the guard flags them, and the single-field ROC AUC above which a field
     * is flagged (default 0.95).
     */
    public record Leakage(Map<String, String> filledAfterOutcome, List<String> allow, double maxSingleFieldAuc) {
        public Leakage {
            filledAfterOutcome = filledAfterOutcome == null ? Map.of() : Map.copyOf(filledAfterOutcome);
            allow = allow == null ? List.of() : List.copyOf(allow);
            maxSingleFieldAuc = maxSingleFieldAuc == 0 ? 0.95 : maxSingleFieldAuc;
            if (maxSingleFieldAuc <= 0.5 || maxSingleFieldAuc > 1) {
                throw new IllegalArgumentException("leakage.max-single-field-auc must be in (0.5, 1]");
            }
        }
    }

    /** Stratified k-fold cross-validation (default 5 folds) with a fixed seed, so a rerun reproduces the split. */
    public record Evaluation(int folds, long seed) {
        public Evaluation {
            folds = folds == 0 ? 5 : folds;
            seed = seed == 0 ? 42 : seed;
            if (folds < 2 || folds > 20) {
                throw new IllegalArgumentException("evaluation.folds must be between 2 and 20");
            }
        }
    }

    /**
     * One model per value of {@code field} where a value has at least {@code minRecords} records (default 1,000) and
     * its own model beats the global one on its records; the global model scores everything else.
     */
    public record Segments(String field, int minRecords) {
        public Segments {
            Objects.requireNonNull(field, "segments needs a field");
            minRecords = minRecords == 0 ? 1_000 : minRecords;
        }
    }

    /**
     * Joins the interaction history: {@code key} is the field holding the customer id, and the customer's serving
     * features (as of the last training run of the interaction history) become fields {@code history.<feature>}.
     */
    public record History(String key) {
        public History {
            Objects.requireNonNull(key, "history needs a key field");
        }
    }

    /** The least data a target needs (defaults: 50 of each outcome) and the largest share of missing cells a field may have (0.95). */
    public record Readiness(int minPositives, int minNegatives, double maxMissingShare) {
        public Readiness {
            minPositives = minPositives == 0 ? 50 : minPositives;
            minNegatives = minNegatives == 0 ? 50 : minNegatives;
            maxMissingShare = maxMissingShare == 0 ? 0.95 : maxMissingShare;
        }
    }
}

package dev.foresight.models.scoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A model trained outside Tribuo (Spark MLlib) in the plain form the scoring service runs: trees or weights over
 * the manifest's features, by position. The trainer's library is needed to make it, never to serve it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PortableModel.Trees.class, name = "trees"),
        @JsonSubTypes.Type(value = PortableModel.Linear.class, name = "linear")})
public sealed interface PortableModel {

    /** What produced it, e.g. {@code spark-mllib 4.2.0 GBTClassificationModel}. */
    String source();

    /** Boosted trees: log-odds = {@code bias} + the sum of the leaf values reached. */
    record Trees(String source, double bias, List<Tree> trees) implements PortableModel {
    }

    /**
     * One tree; node {@code i} is a leaf when {@code left[i] < 0}, {@code cover} is the training weight that reached
     * each node (TreeSHAP needs it), and {@code value} of a leaf is its log-odds share.
     */
    record Tree(int[] left, int[] right, int[] feature, double[] threshold, double[] value, double[] cover,
                SplitRule rule) {
    }

    /**
     * Logistic regression: log-odds = {@code intercept} + w·x. {@code center} (the training mean) is the point a
     * feature's reason is measured from: its contribution is {@code w[i] * (x[i] - center[i])}.
     */
    record Linear(String source, double intercept, double[] weight, double[] center) implements PortableModel {
    }
}

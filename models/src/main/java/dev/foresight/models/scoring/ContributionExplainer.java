package dev.foresight.models.scoring;

import java.util.List;
import org.tribuo.Example;
import org.tribuo.classification.Label;

/** Exact per-feature log-odds contributions of predictions, for the positive label. */
public interface ContributionExplainer {

    /** One row per example, aligned with {@code featureNames}; a row's sum plus a bias is its raw log-odds. */
    double[][] contributions(List<Example<Label>> examples, List<String> featureNames);
}

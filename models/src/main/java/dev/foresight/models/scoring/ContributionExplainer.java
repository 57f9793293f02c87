package dev.foresight.models.scoring;

import org.tribuo.Example;
import org.tribuo.classification.Label;

/** Exact per-feature log-odds contributions of one prediction, for the positive label. */
public interface ContributionExplainer {

    /** Contributions aligned with {@code featureNames}; their sum plus a bias is the raw log-odds. */
    double[] contributions(Example<Label> example, java.util.List<String> featureNames);
}

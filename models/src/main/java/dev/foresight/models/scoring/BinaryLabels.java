package dev.foresight.models.scoring;

import org.tribuo.classification.Label;

/** The two outputs of every Foresight model: the outcome happened (positive) or not. */
public final class BinaryLabels {

    public static final Label POSITIVE = new Label("1");
    public static final Label NEGATIVE = new Label("0");

    private BinaryLabels() {
    }

    public static Label of(boolean outcome) {
        return outcome ? POSITIVE : NEGATIVE;
    }
}

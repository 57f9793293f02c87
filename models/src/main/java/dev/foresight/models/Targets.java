package dev.foresight.models;

import java.util.List;

/** The prediction targets Foresight trains out of the interaction history. */
public final class Targets {

    public static final String CHURN = "churn";
    public static final String UPSELL = "upsell";
    public static final List<String> ALL = List.of(CHURN, UPSELL);

    private Targets() {
    }
}

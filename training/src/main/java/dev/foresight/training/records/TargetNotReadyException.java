package dev.foresight.training.records;

import java.util.List;

/** A target that cannot be trained as declared, with every reason found, worded for the person who wrote the file. */
public final class TargetNotReadyException extends RuntimeException {

    private final List<String> problems;

    public TargetNotReadyException(List<String> problems) {
        super("target not ready: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package dev.foresight.training.cli;

import dev.foresight.training.load.SourceMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The event export that rescoring and schedules read again on every run (rows already loaded are skipped). */
class EventSource {

    @Option(names = "--events", required = true, description = "event file or folder; rows already loaded are skipped")
    Path events;
    @Option(names = "--mapping", required = true, description = "mapping file (see examples/)")
    Path mapping;
    @Option(names = "--horizon", defaultValue = "90d", description = "prediction horizon (default: ${DEFAULT-VALUE})")
    String horizon;

    /** Whether the export and mapping can be read; if not, the reason is printed as the command's error. */
    boolean usable() {
        String problem = problem();
        if (problem != null) {
            System.err.println("error: " + problem);
        }
        return problem == null;
    }

    private String problem() {
        try {
            SourceMapping.read(mapping);
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        return Files.exists(events) ? null : "--events " + events.toAbsolutePath() + " does not exist";
    }

    int horizonDays() {
        return ForesightCli.parseHorizon(horizon);
    }
}

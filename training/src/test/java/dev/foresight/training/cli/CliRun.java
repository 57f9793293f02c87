package dev.foresight.training.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import picocli.CommandLine;

/** Runs {@code foresight …} in process and keeps what it wrote to standard error. */
record CliRun(int exit, String err) {

    static CliRun of(String... args) {
        var err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            int exit = new CommandLine(new ForesightCli()).execute(args);
            return new CliRun(exit, err.toString());
        } finally {
            System.setErr(original);
        }
    }
}

package dev.foresight.scoring.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.scoring.ScoringServiceApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code foresight keys …} as a user runs it: against the embedded database of a workspace, without a web server. */
class ApiKeyCommandsTest {

    @TempDir
    Path workspace;

    @BeforeEach
    void anyFreePort() {
        System.setProperty("foresight.embedded-database.port", "0");
    }

    @AfterEach
    void restore() {
        System.clearProperty("foresight.embedded-database.port");
    }

    @Test
    void createsListsAndRevokesAKey() {
        String created = run("keys", "create", "--name", "crm-sales", "--role", "sales", "--workspace", workspace.toString());
        assertThat(created).contains("API key 1 for crm-sales (sales):").containsPattern("fsk_[A-Za-z0-9_-]{43}");

        assertThat(run("keys", "list", "--workspace", workspace.toString())).contains("crm-sales").contains("active");
        assertThat(run("keys", "revoke", "1", "--workspace", workspace.toString())).contains("Revoked key 1.");
        assertThat(run("keys", "list", "--workspace", workspace.toString())).contains("revoked");
    }

    @Test
    void anUnknownRoleIsRefusedWithTheChoices() {
        var cli = new CommandLine(new ScoringServiceApplication.Commands());
        var originalErr = System.err;
        var captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured));
        try {
            assertThat(cli.execute("keys", "create", "--name", "x", "--role", "boss", "--workspace", workspace.toString())).isEqualTo(2);
        } finally {
            System.setErr(originalErr);
        }
        assertThat(captured.toString()).contains("Unknown role 'boss'; one of sales, retention, data-scientist, admin");
    }

    private static String run(String... args) {
        var originalOut = System.out;
        var captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured));
        try {
            assertThat(new CommandLine(new ScoringServiceApplication.Commands()).execute(args)).isZero();
        } finally {
            System.setOut(originalOut);
        }
        return captured.toString();
    }
}

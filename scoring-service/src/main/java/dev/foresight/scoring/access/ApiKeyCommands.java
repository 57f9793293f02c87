package dev.foresight.scoring.access;

import dev.foresight.database.DatabaseOptions;
import dev.foresight.scoring.CommandContext;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code foresight keys create|list|revoke}: API keys from the command line, against the service's database. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Create, list and revoke API keys.",
        subcommands = {ApiKeyCommands.Create.class, ApiKeyCommands.ListKeys.class, ApiKeyCommands.Revoke.class})
public class ApiKeyCommands {

    static int withKeys(DatabaseOptions database, Function<ApiKeys, Integer> action) {
        return CommandContext.with(database, ApiKeys.class, action);
    }

    @Command(name = "create", description = "Create a key; it is printed once and cannot be shown again.")
    static class Create implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--name", required = true, description = "who or what uses the key, e.g. crm-sales")
        String name;
        @Option(names = "--role", required = true, description = "sales, retention, data-scientist or admin")
        String role;

        @Override
        public Integer call() {
            Role parsed;
            try {
                parsed = Role.of(role);
            } catch (IllegalArgumentException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
            return withKeys(database, keys -> {
                var issued = keys.create(name, parsed);
                System.out.println("API key " + issued.id() + " for " + issued.name() + " (" + parsed.code() + "):");
                System.out.println(issued.key());
                System.out.println("Send it as the X-API-Key header. It is not stored and cannot be shown again.");
                return 0;
            });
        }
    }

    @Command(name = "list", description = "List keys (never their secrets).")
    static class ListKeys implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            return withKeys(database, keys -> {
                System.out.printf("%-5s %-24s %-15s %-12s %s%n", "id", "name", "role", "prefix", "status");
                keys.list().forEach(k -> System.out.printf("%-5d %-24s %-15s %-12s %s%n", k.id(), k.name(),
                        k.role().code(), k.prefix() + "…", k.revokedAt() == null ? "active" : "revoked " + k.revokedAt()));
                return 0;
            });
        }
    }

    @Command(name = "revoke", description = "Revoke a key by id; it stops working at once.")
    static class Revoke implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Parameters(index = "0", description = "key id (see keys list)")
        long id;

        @Override
        public Integer call() {
            return withKeys(database, keys -> {
                if (!keys.revoke(id)) {
                    System.err.println("error: no active key " + id);
                    return 1;
                }
                System.out.println("Revoked key " + id + ".");
                return 0;
            });
        }
    }
}

package dev.foresight.scoring.models;

import dev.foresight.database.DatabaseOptions;
import dev.foresight.models.registry.ChampionChange;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.NoSuchModelException;
import dev.foresight.models.registry.RegisteredModel;
import dev.foresight.scoring.CommandContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code foresight models list|compare|promote|rollback}: the model registry from the terminal, for data scientists
 * who would rather not write curl. Changes go through the registry like the API's, with who and why; running
 * services pick a new champion up within {@code foresight.scoring.champion-refresh}.
 */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List, compare, promote and roll back model versions.",
        subcommands = {ModelCommands.ListModels.class, ModelCommands.Compare.class, ModelCommands.Promote.class,
                ModelCommands.Rollback.class})
public class ModelCommands {

    /** The hold-out measures shown side by side, as the report names them. */
    static final List<String> MEASURES = List.of("rocAuc", "prAuc", "logLoss", "brier", "liftTopDecile");

    static int withRegistry(DatabaseOptions database, Function<ModelRegistry, Integer> action) {
        return CommandContext.with(database, ModelRegistry.class, action);
    }

    static String measure(RegisteredModel model, String name) {
        return model.metrics().get("holdout") instanceof Map<?, ?> holdout && holdout.get(name) instanceof Number n
                ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : "–";
    }

    @Command(name = "list", description = "Every version: target, algorithm, hold-out ROC AUC, training range, champion.")
    static class ListModels implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--target", description = "only this target")
        String target;

        @Override
        public Integer call() {
            return withRegistry(database, registry -> {
                System.out.printf("%-40s %4s %-20s %8s  %-23s %s%n", "target", "ver", "algorithm", "ROC AUC", "trained on", "");
                registry.list().stream().filter(m -> target == null || m.target().equals(target)).forEach(m ->
                        System.out.printf("%-40s %4d %-20s %8s  %-23s %s%n", m.target(), m.version(), m.algorithm(),
                                measure(m, "rocAuc"), m.trainingFrom() == null ? "records (cross-validated)"
                                        : m.trainingFrom() + " – " + m.trainingTo(), m.champion() ? "champion" : ""));
                return 0;
            });
        }
    }

    @Command(name = "compare", description = "Two versions of a target side by side: hold-out measures and training data.")
    static class Compare implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Parameters(index = "0", description = "target, e.g. churn")
        String target;
        @Parameters(index = "1", description = "a version")
        int first;
        @Parameters(index = "2", description = "another version")
        int second;

        @Override
        public Integer call() {
            return withRegistry(database, registry -> {
                var a = registry.find(target, first);
                var b = registry.find(target, second);
                if (a.isEmpty() || b.isEmpty()) {
                    System.err.println("error: " + target + " has no version " + (a.isEmpty() ? first : second)
                            + " (see: foresight models list --target " + target + ")");
                    return 2;
                }
                System.out.printf("%-16s %14s %14s%n", target, "v" + first + (a.get().champion() ? "*" : ""),
                        "v" + second + (b.get().champion() ? "*" : ""));
                System.out.printf("%-16s %14s %14s%n", "algorithm", a.get().algorithm(), b.get().algorithm());
                for (String name : MEASURES) {
                    System.out.printf("%-16s %14s %14s%n", name, measure(a.get(), name), measure(b.get(), name));
                }
                System.out.printf("%-16s %14s %14s%n", "features", a.get().manifest().features().size(),
                        b.get().manifest().features().size());
                System.out.printf("%-16s %14s %14s%n", "created", a.get().createdAt().toLocalDate(), b.get().createdAt().toLocalDate());
                System.out.println("* champion. Measures of versions from different runs come from different hold-outs.");
                return 0;
            });
        }
    }

    @Command(name = "promote", description = "Make a version the champion of its target (recorded with who and why).")
    static class Promote implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Parameters(index = "0", description = "target")
        String target;
        @Parameters(index = "1", description = "version")
        int version;
        @Option(names = "--actor", required = true, description = "who decides, e.g. an e-mail address")
        String actor;
        @Option(names = "--reason", required = true, description = "why, for the audit trail")
        String reason;

        @Override
        public Integer call() {
            return withRegistry(database, registry -> {
                var model = registry.find(target, version);
                if (model.isEmpty()) {
                    System.err.println("error: " + target + " has no version " + version);
                    return 2;
                }
                var change = registry.promote(model.get().id(), ChampionChange.Action.PROMOTE, actor, reason);
                System.out.println(change.isPresent() ? target + " v" + version + " is now champion"
                        : target + " v" + version + " already was champion; nothing changed");
                return 0;
            });
        }
    }

    @Command(name = "rollback", description = "Bring back the champion the latest change replaced.")
    static class Rollback implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Parameters(index = "0", description = "target")
        String target;
        @Option(names = "--actor", required = true)
        String actor;
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        public Integer call() {
            return withRegistry(database, registry -> {
                try {
                    var change = registry.rollback(target, actor, reason);
                    System.out.println(target + ": model " + change.modelId() + " is champion again");
                    return 0;
                } catch (NoSuchModelException e) {
                    System.err.println("error: " + e.getMessage());
                    return 2;
                }
            });
        }
    }
}

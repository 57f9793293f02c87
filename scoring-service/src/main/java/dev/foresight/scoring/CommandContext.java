package dev.foresight.scoring;

import dev.foresight.database.DatabaseOptions;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Runs a terminal command against the service's database: a quiet, web-less context for one bean. */
public final class CommandContext {

    private CommandContext() {
    }

    public static <T> int with(DatabaseOptions database, Class<T> bean, Function<T, Integer> action) {
        try (var context = new SpringApplicationBuilder(ScoringServiceApplication.class).web(WebApplicationType.NONE)
                .properties(new java.util.HashMap<>(database.properties()))
                .run("--spring.main.banner-mode=off", "--spring.main.log-startup-info=false",
                        "--logging.level.dev.foresight=WARN")) {
            return action.apply(context.getBean(bean));
        }
    }
}

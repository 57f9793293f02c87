package dev.foresight.training.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic and shows the patterns churn and upsell models are meant to find. */
class SyntheticHistoryGeneratorTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path dir;
    static Map<String, List<Event>> history;

    record Event(long day, String type) {
    }

    @BeforeAll
    static void generate() throws IOException {
        new SyntheticHistoryGenerator(42, 3_000, END.minusYears(2), END).writeTo(dir.resolve("a"));
        history = read(dir.resolve("a/interactions.csv"));
    }

    @Test
    void theSameSeedGivesTheSameHistoryAndAnotherSeedAnother() throws IOException {
        new SyntheticHistoryGenerator(42, 3_000, END.minusYears(2), END).writeTo(dir.resolve("b"));
        new SyntheticHistoryGenerator(43, 3_000, END.minusYears(2), END).writeTo(dir.resolve("c"));
        byte[] a = Files.readAllBytes(dir.resolve("a/interactions.csv"));
        assertThat(Files.readAllBytes(dir.resolve("b/interactions.csv"))).isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("c/interactions.csv"))).isNotEqualTo(a);
    }

    @Test
    void churnersFadeAndComplainBeforeTheyCancel() {
        double loginsEarly = 0, loginsLate = 0, ticketsLate = 0, ticketsOthers = 0;
        int churners = 0, others = 0;
        for (List<Event> events : history.values()) {
            long cancelled = events.stream().filter(e -> e.type().equals("cancellation")).mapToLong(Event::day).findFirst().orElse(-1);
            if (cancelled >= 150) {
                churners++;
                loginsEarly += count(events, "login", cancelled - 150, cancelled - 90);
                loginsLate += count(events, "login", cancelled - 60, cancelled);
                ticketsLate += count(events, "support_ticket", cancelled - 60, cancelled);
            } else if (cancelled < 0) {
                others++;
                long last = END.toEpochDay();
                ticketsOthers += count(events, "support_ticket", last - 60, last);
            }
        }
        assertThat(churners).isGreaterThan(100);
        assertThat(loginsLate / churners).isLessThan(0.6 * loginsEarly / churners);
        assertThat(ticketsLate / churners).isGreaterThan(2 * ticketsOthers / others);
    }

    @Test
    void upgradesFollowRisingUsage() {
        double before = 0, leadingUp = 0;
        int upgrades = 0;
        for (List<Event> events : history.values()) {
            for (Event upgrade : events.stream().filter(e -> e.type().equals("plan_upgrade")).toList()) {
                upgrades++;
                before += count(events, "login", upgrade.day() - 120, upgrade.day() - 60);
                leadingUp += count(events, "login", upgrade.day() - 60, upgrade.day());
            }
        }
        assertThat(upgrades).isGreaterThan(100);
        assertThat(leadingUp).isGreaterThan(before);
    }

    private static long count(List<Event> events, String type, long fromDay, long toDay) {
        return events.stream().filter(e -> e.type().equals(type) && e.day() >= fromDay && e.day() < toDay).count();
    }

    private static Map<String, List<Event>> read(Path file) throws IOException {
        Map<String, List<Event>> byCustomer = new HashMap<>();
        try (var lines = Files.lines(file)) {
            lines.skip(1).forEach(line -> {
                String[] f = line.split(",", -1);
                byCustomer.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new Event(OffsetDateTime.parse(f[1]).toLocalDate().toEpochDay(), f[2]));
            });
        }
        return byCustomer;
    }
}

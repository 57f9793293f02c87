package dev.foresight.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results of one run, each next to the baseline measured in the same run, printed as one table. */
final class Report {

    record Line(String measure, double value, String unit, String baseline, double baselineValue, String target,
                boolean met) {
    }

    private final List<Line> lines = new ArrayList<>();

    void add(String measure, double value, String unit, String baseline, double baselineValue, String target, boolean met) {
        lines.add(new Line(measure, value, unit, baseline, baselineValue, target, met));
        System.out.println("benchmark: " + format(lines.get(lines.size() - 1)));
    }

    void print() {
        System.out.println();
        System.out.println("| measure | result | baseline (same run) | ratio | target |");
        System.out.println("|---|---|---|---|---|");
        for (Line l : lines) {
            System.out.printf(Locale.ROOT, "| %s | %s %s | %s: %s %s | %.2f | %s %s |%n", l.measure(), number(l.value()),
                    l.unit(), l.baseline(), number(l.baselineValue()), l.unit(), l.value() / l.baselineValue(), l.target(),
                    l.met() ? "(met)" : "(NOT met)");
        }
    }

    private static String format(Line l) {
        return String.format(Locale.ROOT, "%s: %s %s; %s: %s %s; ratio %.2f", l.measure(), number(l.value()), l.unit(),
                l.baseline(), number(l.baselineValue()), l.unit(), l.value() / l.baselineValue());
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}

package dev.foresight.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The snapshot dates of one training run, oldest first. A snapshot date D covers events through the end of D;
 * its label looks at days (D, D + horizon].
 *
 * <pre>
 *  fit … fit   calibration        hold-out                 as-of (serving)
 *  ──┼────┼────────┼──── horizon ────┼──────── horizon ───────┼──▶
 * </pre>
 * Every training label ends on or before the hold-out date, so the hold-out is later than anything trained on.
 */
public record SnapshotPlan(List<LocalDate> fit, LocalDate calibration, LocalDate holdout, LocalDate serving) {

    public static SnapshotPlan of(LocalDate asOf, int horizonDays, int fitSnapshots, int stepDays) {
        if (fitSnapshots < 1 || stepDays < 1) {
            throw new IllegalArgumentException("need at least one fit snapshot and a positive step");
        }
        LocalDate holdout = asOf.minusDays(horizonDays);
        LocalDate calibration = holdout.minusDays(horizonDays);
        List<LocalDate> fit = new ArrayList<>();
        for (int i = fitSnapshots; i >= 1; i--) {
            fit.add(calibration.minusDays((long) stepDays * i));
        }
        return new SnapshotPlan(List.copyOf(fit), calibration, holdout, asOf);
    }

    /** Every snapshot of the run, oldest first. */
    public List<LocalDate> all() {
        List<LocalDate> all = new ArrayList<>(fit);
        all.add(calibration);
        all.add(holdout);
        all.add(serving);
        return all;
    }
}

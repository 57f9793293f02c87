package dev.foresight.scoring.rankings;

import java.time.LocalDate;
import java.util.List;

/** A page of a ranked list; pass {@code nextCursor} back as {@code cursor} for the next page (null on the last). */
public record RankedPage(String target, LocalDate asOf, int modelVersion, List<RankedCustomer> items, String nextCursor) {
}

package dev.foresight.scoring.alerts;

import java.util.List;

/** A page of the alert feed, oldest first; pass {@code nextCursor} back as {@code cursor} (null when caught up). */
public record AlertPage(List<ChurnAlert> items, String nextCursor) {
}

package dev.foresight.scoring.rankings;

import dev.foresight.scoring.problems.ApiException;
import dev.foresight.scoring.problems.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Keyset position in a list ordered by probability (descending) then customer id: opaque to callers. */
record RankCursor(double probability, String customerId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((probability + "|" + customerId).getBytes(StandardCharsets.UTF_8));
    }

    static RankCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            double probability = Double.parseDouble(text.substring(0, bar));
            if (bar < 1 || bar == text.length() - 1 || probability < 0 || probability > 1) {
                throw new IllegalArgumentException();
            }
            return new RankCursor(probability, text.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "cursor: not a cursor this API returned.",
                    Map.of("field", "cursor"));
        }
    }
}

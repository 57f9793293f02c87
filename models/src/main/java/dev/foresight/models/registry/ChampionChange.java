package dev.foresight.models.registry;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.OffsetDateTime;

/** One entry of the champion audit trail: which model became champion of a target, replacing which, who, why. */
public record ChampionChange(long id, String target, long modelId, Long previousModelId, Action action, String actor,
                             String reason, OffsetDateTime changedAt) {

    /** How the change came about. */
    public enum Action {
        PROMOTE("promote"), ROLLBACK("rollback"), AUTO_PROMOTE("auto-promote");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }

        static Action of(String code) {
            for (Action action : values()) {
                if (action.code.equals(code)) {
                    return action;
                }
            }
            throw new IllegalArgumentException("Unknown champion change action " + code);
        }
    }
}

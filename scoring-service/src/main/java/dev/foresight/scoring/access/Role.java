package dev.foresight.scoring.access;

import java.util.Arrays;

/**
 * Who a caller is for the API: sales see upsell scores, retention sees churn scores and alerts, data scientists see
 * models and what-if, admins manage keys and webhooks (and may read metrics).
 */
public enum Role {
    SALES("sales"), RETENTION("retention"), DATA_SCIENTIST("data-scientist"), ADMIN("admin");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Role of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role '" + code + "'; one of sales, retention, data-scientist, admin"));
    }
}

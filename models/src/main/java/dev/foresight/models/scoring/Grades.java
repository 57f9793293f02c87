package dev.foresight.models.scoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Letter grades of a 0–100 score ({@code foresight.grades.*}): A from {@code a}, B from {@code b}, C from
 * {@code c}, D below. Configuration, not model output, so grades mean the same across retraining until changed.
 */
@Validated
@ConfigurationProperties("foresight.grades")
public record Grades(
        @Min(0) @Max(100) @DefaultValue("60") int a,
        @Min(0) @Max(100) @DefaultValue("35") int b,
        @Min(0) @Max(100) @DefaultValue("15") int c) {

    public Grades {
        if (!(a > b && b > c)) {
            throw new IllegalArgumentException("foresight.grades must satisfy a > b > c, got a=" + a + " b=" + b + " c=" + c);
        }
    }

    public String of(int score) {
        return score >= a ? "A" : score >= b ? "B" : score >= c ? "C" : "D";
    }
}

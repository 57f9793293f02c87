package dev.foresight.scoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Scoring service settings ({@code foresight.scoring.*}).
 *
 * @param championRefresh how often the registry is checked for a new champion
 * @param maxBatchSize    most customer ids one batch request may carry
 * @param reasons         reasons returned per score and direction (raising, lowering)
 * @param maxPageSize     most rows one page of a ranked list may have
 * @param featureCacheTtl how long a customer's serving features are reused before they are read again (0: no cache)
 * @param featureCacheSize most customers whose features one instance keeps in memory (~1 KB each)
 */
@Validated
@ConfigurationProperties("foresight.scoring")
public record ScoringProperties(
        @NotNull @DefaultValue("10s") Duration championRefresh,
        @Min(1) @Max(10_000) @DefaultValue("1000") int maxBatchSize,
        @Min(1) @Max(50) @DefaultValue("5") int reasons,
        @Min(1) @Max(10_000) @DefaultValue("500") int maxPageSize,
        @NotNull @DurationMin(seconds = 0) @DefaultValue("60s") Duration featureCacheTtl,
        @Min(0) @DefaultValue("200000") long featureCacheSize) {
}

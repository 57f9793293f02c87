package dev.foresight.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.foresight.scoring.access.AccessProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Cache settings are checked when the service starts, and a wrong one names itself. */
class ScoringPropertiesTest {

    @Configuration
    @EnableConfigurationProperties({ScoringProperties.class, AccessProperties.class})
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Properties.class);

    @Test
    void defaultsCacheFeaturesForAMinuteAndKeyChecksForFiveSeconds() {
        context.run(started -> {
            assertThat(started.getBean(ScoringProperties.class).featureCacheTtl()).hasSeconds(60);
            assertThat(started.getBean(AccessProperties.class).keyCacheTtl()).hasSeconds(5);
        });
    }

    @Test
    void aNegativeCacheTimeToLiveIsRefusedByName() {
        context.withPropertyValues("foresight.scoring.feature-cache-ttl=-1s").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("featureCacheTtl"));
        context.withPropertyValues("foresight.access.key-cache-ttl=-5s").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("keyCacheTtl"));
    }
}

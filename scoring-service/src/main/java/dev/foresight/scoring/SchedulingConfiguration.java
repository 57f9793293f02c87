package dev.foresight.scoring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work (champion refresh, webhook delivery) runs only in the serving process, not when the same
 * application runs a command such as {@code keys create}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class SchedulingConfiguration {
}

package dev.foresight.training;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The training side of Foresight: the batch job and the command line that drives it. */
@SpringBootApplication(scanBasePackages = "dev.foresight")
@ConfigurationPropertiesScan("dev.foresight")
public class TrainingApplication {
}

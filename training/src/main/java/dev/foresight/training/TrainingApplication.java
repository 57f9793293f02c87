package dev.foresight.training;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The training side of Foresight: the batch job and the command line that drives it. */
@SpringBootApplication(scanBasePackages = {"dev.foresight.training", "dev.foresight.models"})
@ConfigurationPropertiesScan({"dev.foresight.training", "dev.foresight.models"})
public class TrainingApplication {
}

package dev.foresight.features;

import org.apache.spark.sql.SparkSession;

/** Spark sessions configured the way Foresight needs them: UTC, loopback in local mode, modest shuffles. */
public final class SparkSessions {

    private SparkSessions() {
    }

    public static SparkSession create(String master, int shufflePartitions) {
        SparkMasterCheck.requireReachable(master);
        var builder = SparkSession.builder()
                .appName("foresight")
                .master(master)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", shufflePartitions)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.adaptive.enabled", "true")
                .config("spark.sql.debug.maxToStringFields", 1000)
                // Spark would claim the JVM-wide URL handler factory, which an embedded web server also needs
                .config("spark.sql.defaultUrlStreamHandlerFactory.enabled", "false");
        if (master.startsWith("local")) {
            builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
        }
        return builder.getOrCreate();
    }
}

package dev.foresight.features;

import org.apache.spark.sql.SparkSession;

/** One local Spark for every test of this module: starting one costs seconds; it stops with the JVM. */
final class TestSpark {

    private static SparkSession spark;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSessions.create("local[2]", 2);
        }
        return spark;
    }
}

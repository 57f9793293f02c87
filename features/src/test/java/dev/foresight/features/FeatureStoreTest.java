package dev.foresight.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.foresight.models.FeatureManifest;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

class FeatureStoreTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 31);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 28);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 31);

    private static final SparkSession spark = TestSpark.session();

    @TempDir
    Path folder;

    @Test
    void snapshotsReturnOnlyTheRowsOfTheDatesAsked() {
        Path table = writeTable();

        List<Row> rows = FeatureStore.snapshots(spark, table, List.of(JAN, MAR)).collectAsList();

        assertThat(rows).extracting(r -> r.getAs(FeatureTableBuilder.CUSTOMER).toString())
                .containsExactlyInAnyOrder("a-jan", "a-mar");
    }

    @Test
    void aMissingPartitionFailsNamingItInsteadOfTrainingOnFewerRows() {
        Path table = writeTable();
        FileSystemUtils.deleteRecursively(table.resolve(FeatureTableBuilder.SNAPSHOT + "=" + FEB).toFile());

        assertThatThrownBy(() -> FeatureStore.snapshots(spark, table, List.of(JAN, FEB, MAR)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no partition for snapshot 2026-02-28;");
    }

    @Test
    void aFolderWithoutManifestIsNoFeatureTable() {
        assertThatThrownBy(() -> FeatureStore.snapshots(spark, folder, List.of()))
                .hasMessageContaining("No feature table at " + folder);
    }

    private Path writeTable() {
        var schema = new StructType().add(FeatureTableBuilder.SNAPSHOT, DataTypes.DateType)
                .add(FeatureTableBuilder.CUSTOMER, DataTypes.StringType).add("x", DataTypes.DoubleType);
        Dataset<Row> rows = spark.createDataFrame(List.of(
                RowFactory.create(Date.valueOf(JAN), "a-jan", 1.0),
                RowFactory.create(Date.valueOf(FEB), "a-feb", 2.0),
                RowFactory.create(Date.valueOf(MAR), "a-mar", 3.0)), schema);
        Path table = folder.resolve("features");
        FeatureStore.write(rows, table, new FeatureManifest("1", List.of(new FeatureManifest.FeatureColumn("x", "double", "x"))));
        return table;
    }
}

package dev.foresight.models.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void decileBinsHoldATenthOfTheReferenceEach() {
        double[] values = IntStream.range(0, 1_000).mapToDouble(i -> i).toArray();
        Distribution d = Distribution.of(values);
        assertThat(d.bins()).isEqualTo(10);
        for (double share : d.shares()) {
            assertThat(share).isCloseTo(0.1, within(1e-9));
        }
    }

    @Test
    void repeatedValuesShareOneBin() {
        double[] mostlyZero = IntStream.range(0, 1_000).mapToDouble(i -> i < 700 ? 0 : i % 5).toArray();
        Distribution d = Distribution.of(mostlyZero);
        assertThat(d.bin(0)).isZero();
        assertThat(d.shares()[0]).isGreaterThanOrEqualTo(0.7);
        assertThat(d.edges()).isSorted().doesNotHaveDuplicates();
        assertThat(Distribution.of(new double[] {3, 3, 3}).bins()).as("a constant has one bin").isEqualTo(1);
    }

    @Test
    void theSamePopulationIsStableAndAShiftedOneIsNot() {
        var random = new SplittableRandom(1);
        double[] reference = random.doubles(5_000).map(u -> 10 * u).toArray();
        Distribution d = Distribution.of(reference);
        assertThat(d.psi(counts(d, random.doubles(5_000).map(u -> 10 * u).toArray()))).isLessThan(0.02);
        assertThat(d.psi(counts(d, random.doubles(5_000).map(u -> 10 * u + 3).toArray()))).isGreaterThan(0.25);
    }

    @Test
    void populationCountsFlagTheFeaturesThatMovedAndTheScore() {
        var random = new SplittableRandom(2);
        List<Map<String, Double>> rows = IntStream.range(0, 4_000).mapToObj(i -> Map.of(
                "recency", random.nextDouble(0, 100), "logins", (double) random.nextInt(0, 30))).toList();
        double[] scores = random.doubles(4_000).toArray();
        ReferenceDistribution reference = ReferenceDistribution.of(List.of("recency", "logins"), rows, scores);

        PopulationCounts later = reference.counter();
        for (int i = 0; i < 4_000; i++) {
            later.add(Map.of("recency", random.nextDouble(50, 150), "logins", (double) random.nextInt(0, 30)),
                    random.nextDouble());
        }
        DriftResult result = later.result(0.25);
        assertThat(result.customers()).isEqualTo(4_000);
        assertThat(result.driftedFeatures()).containsExactly("recency");
        assertThat(result.featurePsi().get("logins")).isLessThan(0.05);
        assertThat(result.scorePsi()).isLessThan(0.05);
        assertThat(result.drifted()).isTrue();
    }

    private static long[] counts(Distribution d, double[] values) {
        long[] counts = new long[d.bins()];
        for (double v : values) {
            counts[d.bin(v)]++;
        }
        return counts;
    }
}

package dev.foresight.benchmarks;

import dev.foresight.models.scoring.BinaryLabels;
import dev.foresight.models.scoring.FeatureVectors;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.models.scoring.Reason;
import dev.foresight.models.scoring.Reasons;
import dev.foresight.models.scoring.Score;
import dev.foresight.models.scoring.ScoringModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * One customer, in process: churn and upsell probabilities with their top five raising and lowering reasons, as
 * the API serves them, against the baseline of the raw Tribuo model call for the same two predictions (no reasons).
 * Customers rotate through 1,000 rows so branch predictors and caches see realistic variety.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ScoringBenchmark {

    static final int REASONS = 5;

    private ScoringModel churn;
    private ScoringModel upsell;
    private Reasons churnReasons;
    private Reasons upsellReasons;
    private Model<Label> churnTribuo;
    private Model<Label> upsellTribuo;
    private List<Map<String, Double>> rows;
    private List<Example<Label>> examples;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkFixture fixture = BenchmarkFixture.create();
        churnTribuo = fixture.churn;
        upsellTribuo = fixture.upsell;
        churn = new ScoringModel(fixture.churn, PlattCalibration.IDENTITY, fixture.manifest);
        upsell = new ScoringModel(fixture.upsell, PlattCalibration.IDENTITY, fixture.manifest);
        churnReasons = new Reasons(fixture.manifest, fixture.typical);
        upsellReasons = churnReasons;
        rows = BenchmarkFixture.rows(fixture.manifest, 1_000, 9);
        examples = rows.stream().map(r -> FeatureVectors.example(fixture.manifest.names(), r, BinaryLabels.NEGATIVE)).toList();
    }

    @Benchmark
    public void foresightChurnAndUpsellWithReasons(Blackhole sink) {
        Map<String, Double> row = rows.get(next++ % rows.size());
        explain(churn.score(row), churnReasons, sink);
        explain(upsell.score(row), upsellReasons, sink);
    }

    @Benchmark
    public void baselineTribuoPredictBothNoReasons(Blackhole sink) {
        Example<Label> example = examples.get(next++ % examples.size());
        sink.consume(churnTribuo.predict(example));
        sink.consume(upsellTribuo.predict(example));
    }

    private static void explain(Score score, Reasons reasons, Blackhole sink) {
        List<Reason> raising = reasons.raising(score, REASONS);
        List<Reason> lowering = reasons.lowering(score, REASONS);
        sink.consume(score.probability());
        sink.consume(raising);
        sink.consume(lowering);
    }
}

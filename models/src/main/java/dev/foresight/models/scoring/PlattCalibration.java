package dev.foresight.models.scoring;

/**
 * Platt scaling: {@code p = sigmoid(slope * logit(raw) + intercept)}, fitted on a snapshot the model did not train on.
 */
public record PlattCalibration(double slope, double intercept) {

    public static final PlattCalibration IDENTITY = new PlattCalibration(1, 0);
    private static final double EPS = 1e-6;
    private static final double MAX_LOG_ODDS = Math.log((1 - EPS) / EPS);

    public double apply(double rawProbability) {
        return sigmoid(slope * logit(rawProbability) + intercept);
    }

    /** The same as {@link #apply} for a raw log-odds, clamped as {@link #logit} clamps probabilities. */
    public double applyToLogOdds(double rawLogOdds) {
        return sigmoid(slope * clampLogOdds(rawLogOdds) + intercept);
    }

    static double clampLogOdds(double z) {
        return Math.max(-MAX_LOG_ODDS, Math.min(MAX_LOG_ODDS, z));
    }

    /** Fits the two parameters by Newton's method on the log loss (Platt 1999, with his label smoothing). */
    public static PlattCalibration fit(double[] raw, boolean[] positive) {
        int n = raw.length;
        long positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (n - positives + 2.0);
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 50; iteration++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < n; i++) {
                double x = logit(raw[i]);
                double p = sigmoid(a * x + b);
                double t = positive[i] ? hi : lo;
                double d = p - t;
                double w = p * (1 - p);
                ga += d * x;
                gb += d;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new PlattCalibration(a, b);
    }

    static double logit(double p) {
        double q = Math.min(1 - EPS, Math.max(EPS, p));
        return Math.log(q / (1 - q));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}

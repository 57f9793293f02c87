package dev.foresight.models.scoring;

/** How a tree trainer compares a feature value with a split threshold; the same trees must be walked the same way. */
public enum SplitRule {

    /** XGBoost compares in single precision: the value rounded to float, below the (float) threshold, goes left. */
    FLOAT_LESS_THAN {
        @Override
        boolean goesLeft(double x, double threshold) {
            return (float) x < (float) threshold;
        }
    },

    /** Spark MLlib compares in double precision: a value at or below the threshold goes left. */
    LESS_OR_EQUAL {
        @Override
        boolean goesLeft(double x, double threshold) {
            return x <= threshold;
        }
    };

    abstract boolean goesLeft(double x, double threshold);
}

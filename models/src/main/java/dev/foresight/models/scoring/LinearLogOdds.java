package dev.foresight.models.scoring;

import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.transform.Transformer;
import org.tribuo.transform.TransformerMap;
import org.tribuo.transform.TransformedModel;

/**
 * Logistic regression on standardised features, compiled to arrays. A feature's contribution is its weight times
 * its standardised value: its exact share of the log-odds, measured from the average customer (standardised 0).
 * Standardisation is affine, so each feature's transform is kept as {@code offset + scale * x}.
 */
final class LinearLogOdds implements CompiledModel {

    private final double[] weight;
    private final double[] offset;
    private final double[] scale;
    private final double bias;

    LinearLogOdds(TransformedModel<Label> model, List<String> names) {
        var inner = (LinearSGDModel) model.getInnerModel();
        ImmutableFeatureMap featureMap = inner.getFeatureIDMap();
        TransformerMap transforms = model.getTransformerMap();
        DenseMatrix weights = inner.getWeightsCopy();
        int pos = inner.getOutputIDInfo().getID(BinaryLabels.POSITIVE);
        int neg = inner.getOutputIDInfo().getID(BinaryLabels.NEGATIVE);
        this.weight = new double[names.size()];
        this.offset = new double[names.size()];
        this.scale = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            int id = featureMap.getID(names.get(i));
            List<Transformer> transform = transforms.get(names.get(i));
            if (id < 0 || transform == null) {
                continue;
            }
            weight[i] = logOdds(weights, pos, neg, id);
            offset[i] = TransformerMap.applyTransformerList(0, transform);
            scale[i] = TransformerMap.applyTransformerList(1, transform) - offset[i];
        }
        this.bias = logOdds(weights, pos, neg, featureMap.size());
    }

    /** Spark's logistic regression, reasons measured from the training mean. */
    LinearLogOdds(PortableModel.Linear model, int width) {
        if (model.weight().length != width || model.center().length != width) {
            throw new IllegalArgumentException("A linear model of " + model.weight().length
                    + " weights does not fit a manifest of " + width + " features");
        }
        this.weight = model.weight().clone();
        this.scale = new double[width];
        this.offset = new double[width];
        double bias = model.intercept();
        for (int i = 0; i < width; i++) {
            scale[i] = 1;
            offset[i] = -model.center()[i];
            bias += weight[i] * model.center()[i];
        }
        this.bias = bias;
    }

    private static double logOdds(DenseMatrix weights, int pos, int neg, int column) {
        return weights.get(pos, column) - (neg >= 0 ? weights.get(neg, column) : 0);
    }

    @Override
    public double explain(double[] x, double[] contributions) {
        double logOdds = bias;
        for (int i = 0; i < weight.length; i++) {
            contributions[i] = weight[i] * (offset[i] + scale[i] * x[i]);
            logOdds += contributions[i];
        }
        return logOdds;
    }

    @Override
    public double logOdds(double[] x) {
        double logOdds = bias;
        for (int i = 0; i < weight.length; i++) {
            logOdds += weight[i] * (offset[i] + scale[i] * x[i]);
        }
        return logOdds;
    }

    @Override
    public int width() {
        return weight.length;
    }
}

package dev.foresight.models.scoring;

import java.util.List;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.transform.TransformedModel;

/**
 * Logistic regression on standardised features: weight × standardised value is each feature's exact share of the
 * log-odds, measured from the average customer (standardised value 0).
 */
final class LinearExplainer implements ContributionExplainer {

    private final TransformedModel<Label> model;
    private final ImmutableFeatureMap featureMap;
    private final double[] logOddsWeights;

    LinearExplainer(TransformedModel<Label> model, Label positive, Label negative) {
        this.model = model;
        var inner = (LinearSGDModel) model.getInnerModel();
        this.featureMap = inner.getFeatureIDMap();
        DenseMatrix weights = inner.getWeightsCopy();
        int pos = inner.getOutputIDInfo().getID(positive);
        int neg = inner.getOutputIDInfo().getID(negative);
        this.logOddsWeights = new double[featureMap.size()];
        for (int id = 0; id < featureMap.size(); id++) {
            logOddsWeights[id] = weights.get(pos, id) - (neg >= 0 ? weights.get(neg, id) : 0);
        }
    }

    @Override
    public double[][] contributions(List<Example<Label>> examples, List<String> featureNames) {
        double[][] result = new double[examples.size()][];
        for (int r = 0; r < result.length; r++) {
            result[r] = contributions(examples.get(r), featureNames);
        }
        return result;
    }

    private double[] contributions(Example<Label> example, List<String> featureNames) {
        Example<Label> standardised = model.getTransformerMap().transformExample(example);
        double[] byId = new double[featureMap.size()];
        standardised.forEach(f -> {
            int id = featureMap.getID(f.getName());
            if (id >= 0) {
                byId[id] = logOddsWeights[id] * f.getValue();
            }
        });
        double[] result = new double[featureNames.size()];
        for (int i = 0; i < featureNames.size(); i++) {
            int id = featureMap.getID(featureNames.get(i));
            result[i] = id >= 0 ? byId[id] : 0;
        }
        return result;
    }
}

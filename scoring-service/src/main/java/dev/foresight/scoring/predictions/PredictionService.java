package dev.foresight.scoring.predictions;

import dev.foresight.models.scoring.Grades;
import dev.foresight.models.scoring.RiskBands;
import dev.foresight.models.scoring.Score;
import dev.foresight.scoring.ScoringProperties;
import dev.foresight.scoring.access.VisibleTargets;
import dev.foresight.scoring.champions.Champion;
import dev.foresight.scoring.champions.ChampionModels;
import dev.foresight.scoring.customers.CustomerFeatureRepository;
import dev.foresight.scoring.customers.CustomerFeatures;
import dev.foresight.scoring.problems.ApiException;
import dev.foresight.scoring.problems.ErrorCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Scores customers with the current champions and explains each score. */
@Service
public class PredictionService {

    private final ChampionModels champions;
    private final CustomerFeatureRepository features;
    private final RiskBands bands;
    private final Grades grades;
    private final ScoringProperties properties;

    PredictionService(ChampionModels champions, CustomerFeatureRepository features, RiskBands bands, Grades grades,
                      ScoringProperties properties) {
        this.champions = champions;
        this.features = features;
        this.bands = bands;
        this.grades = grades;
        this.properties = properties;
    }

    CustomerPredictions forCustomer(String customerId) {
        Map<String, Champion> models = servingModels();
        CustomerFeatures customer = features.find(customerId).orElseThrow(() -> new ApiException(
                ErrorCode.CUSTOMER_NOT_FOUND, "No features for customer '" + customerId
                + "': the id is unknown or the customer was not active at the last feature snapshot.",
                Map.of("customerId", customerId)));
        return predict(customer.customerId(), customer.asOf(), customer.values(), models);
    }

    BatchResponse forCustomers(List<String> customerIds) {
        if (customerIds.size() > properties.maxBatchSize()) {
            throw new ApiException(ErrorCode.BATCH_TOO_LARGE, "A batch may hold at most " + properties.maxBatchSize()
                    + " customer ids; this one has " + customerIds.size() + ".",
                    Map.of("maxBatchSize", properties.maxBatchSize()));
        }
        Map<String, Champion> models = servingModels();
        Set<String> unique = new LinkedHashSet<>(customerIds);
        Map<String, CustomerFeatures> found = features.findAll(unique).stream()
                .collect(Collectors.toMap(CustomerFeatures::customerId, Function.identity()));
        List<CustomerPredictions> predictions = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String id : unique) {
            CustomerFeatures customer = found.get(id);
            if (customer == null) {
                notFound.add(id);
            } else {
                predictions.add(predict(id, customer.asOf(), customer.values(), models));
            }
        }
        return new BatchResponse(predictions, notFound);
    }

    CustomerPredictions whatIf(WhatIfRequest request) {
        Map<String, Champion> models = servingModels();
        Map<String, Double> values = new HashMap<>();
        LocalDate asOf = null;
        if (request.customerId() != null) {
            CustomerFeatures customer = features.find(request.customerId()).orElseThrow(() -> new ApiException(
                    ErrorCode.CUSTOMER_NOT_FOUND, "No features for customer '" + request.customerId() + "'.",
                    Map.of("customerId", request.customerId())));
            values.putAll(customer.values());
            asOf = customer.asOf();
        }
        Set<String> known = models.values().stream().flatMap(c -> c.model().manifest().names().stream())
                .collect(Collectors.toSet());
        List<String> unknown = request.features().keySet().stream().filter(f -> !known.contains(f)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(ErrorCode.UNKNOWN_FEATURE, "Unknown feature(s): " + String.join(", ", unknown)
                    + ". GET /api/v1/models/features lists the features the models use.", Map.of("unknown", unknown));
        }
        request.features().forEach((name, value) -> {
            if (value == null || value.isNaN() || value.isInfinite()) {
                throw new ApiException(ErrorCode.INVALID_REQUEST, "Feature '" + name + "' needs a finite number.",
                        Map.of("field", "features." + name));
            }
        });
        values.putAll(request.features());
        if (request.customerId() == null) {
            List<String> missing = known.stream().filter(f -> !values.containsKey(f)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new ApiException(ErrorCode.INVALID_REQUEST, "Without a customerId every model feature is needed; "
                        + missing.size() + " missing, e.g. " + missing.get(0) + ".", Map.of("missing", missing));
            }
        }
        return predict(request.customerId(), asOf, values, models);
    }

    /** The champions of the targets the caller may see. */
    private Map<String, Champion> servingModels() {
        Set<String> visible = VisibleTargets.ofCurrentCaller();
        Map<String, Champion> models = champions.all().entrySet().stream().filter(e -> visible.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (models.isEmpty()) {
            throw new ApiException(ErrorCode.NO_CHAMPION_MODEL,
                    "No champion model has been published yet; run the training job first.", Map.of());
        }
        return models;
    }

    private CustomerPredictions predict(String customerId, LocalDate asOf, Map<String, Double> values,
                                        Map<String, Champion> models) {
        Map<String, TargetPrediction> predictions = new TreeMap<>();
        models.forEach((target, champion) -> predictions.put(target, predict(champion, values)));
        return new CustomerPredictions(customerId, asOf, predictions);
    }

    /** One champion's prediction of a feature row, explained. */
    public TargetPrediction predict(Champion champion, Map<String, Double> values) {
        Score score = champion.model().score(values);
        var registered = champion.registered();
        return new TargetPrediction(round(score.probability()), score.score100(), grades.of(score.score100()),
                bands.of(score.probability()).name().toLowerCase(),
                new TargetPrediction.ModelRef(registered.id(), registered.version(), registered.algorithm()),
                champion.reasons().raising(score, properties.reasons()),
                champion.reasons().lowering(score, properties.reasons()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}

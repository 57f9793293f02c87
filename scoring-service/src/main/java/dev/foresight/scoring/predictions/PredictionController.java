package dev.foresight.scoring.predictions;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Validated
class PredictionController {

    private final PredictionService predictions;

    PredictionController(PredictionService predictions) {
        this.predictions = predictions;
    }

    @Operation(summary = "Churn and upsell predictions of one customer, with the top reasons of each score")
    @GetMapping("/customers/{customerId}/predictions")
    CustomerPredictions customer(@PathVariable @Pattern(regexp = CustomerIds.PATTERN, message = CustomerIds.MESSAGE)
                                 String customerId) {
        return predictions.forCustomer(customerId);
    }

    @Operation(summary = "Predictions of many customers in one call; unknown ids are listed in notFound")
    @PostMapping("/predictions")
    BatchResponse batch(@Valid @RequestBody BatchRequest request) {
        return predictions.forCustomers(request.customerIds());
    }

    @Operation(summary = "Score caller-supplied feature values, optionally on top of a customer's current features")
    @PostMapping("/predictions/what-if")
    CustomerPredictions whatIf(@Valid @RequestBody WhatIfRequest request) {
        return predictions.whatIf(request);
    }
}

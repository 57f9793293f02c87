package dev.foresight.scoring.models;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.registry.ChampionChange;
import dev.foresight.models.registry.ModelRegistry;
import dev.foresight.models.registry.NoSuchModelException;
import dev.foresight.scoring.champions.ChampionModels;
import dev.foresight.scoring.problems.ApiException;
import dev.foresight.scoring.problems.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.validation.annotation.Validated;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The model lifecycle for data scientists: versions, metrics, champions, promotion and rollback with an audit trail. */
@RestController
@RequestMapping("/api/v1/models")
@Validated
class ModelController {

    private static final String TARGET = "[a-z][a-z0-9-]{0,63}";

    private final ModelRegistry registry;
    private final ChampionModels champions;

    ModelController(ModelRegistry registry, ChampionModels champions) {
        this.registry = registry;
        this.champions = champions;
    }

    @Operation(summary = "Every registered model version with its hold-out ROC AUC; champions are flagged")
    @GetMapping
    List<ModelSummary> list() {
        return registry.list().stream().map(ModelSummary::of).toList();
    }

    @Operation(summary = "The features each serving champion uses, with descriptions")
    @GetMapping("/features")
    Map<String, List<FeatureManifest.FeatureColumn>> features() {
        Map<String, List<FeatureManifest.FeatureColumn>> byTarget = new TreeMap<>();
        champions.all().forEach((target, c) -> byTarget.put(target, c.model().manifest().features()));
        return byTarget;
    }

    @Operation(summary = "Who changed a target's champion, when, why, and from which model to which, newest first")
    @GetMapping("/{target}/changes")
    List<ChampionChange> changes(@PathVariable @Pattern(regexp = TARGET) String target) {
        return registry.changes(target);
    }

    @Operation(summary = "The HTML report of the training run that produced a version: metrics, curves, calibration, "
            + "feature importance, comparison with the champion and the baselines")
    @GetMapping(value = "/{target}/{version}/report", produces = MediaType.TEXT_HTML_VALUE)
    String report(@PathVariable @Pattern(regexp = TARGET) String target, @PathVariable @Min(1) int version) {
        if (registry.find(target, version).isEmpty()) {
            throw new ApiException(ErrorCode.MODEL_NOT_FOUND, "Target '" + target + "' has no model version " + version + ".",
                    Map.of("target", target, "version", version));
        }
        return registry.report(target, version).orElseThrow(() -> new ApiException(ErrorCode.REPORT_NOT_FOUND,
                "Version " + version + " of '" + target + "' was registered without a report (trained before reports existed).",
                Map.of("target", target, "version", version)));
    }

    @Operation(summary = "Make a registered version the champion of its target; served at once by this instance")
    @PostMapping("/{target}/champion")
    ModelSummary promote(@PathVariable @Pattern(regexp = TARGET) String target, @Valid @RequestBody ChampionRequest request) {
        var model = registry.find(target, request.version()).orElseThrow(() -> new ApiException(ErrorCode.MODEL_NOT_FOUND,
                "Target '" + target + "' has no model version " + request.version() + ".",
                Map.of("target", target, "version", request.version())));
        registry.promote(model.id(), ChampionChange.Action.PROMOTE, request.actor(), request.reason());
        champions.refresh();
        return ModelSummary.of(registry.find(model.id()).orElseThrow());
    }

    @Operation(summary = "Bring back the champion that the latest change replaced")
    @PostMapping("/{target}/rollback")
    ModelSummary rollback(@PathVariable @Pattern(regexp = TARGET) String target, @Valid @RequestBody RollbackRequest request) {
        try {
            ChampionChange change = registry.rollback(target, request.actor(), request.reason());
            champions.refresh();
            return ModelSummary.of(registry.find(change.modelId()).orElseThrow());
        } catch (NoSuchModelException e) {
            throw new ApiException(ErrorCode.NO_PREVIOUS_CHAMPION, e.getMessage(), Map.of("target", target));
        }
    }
}

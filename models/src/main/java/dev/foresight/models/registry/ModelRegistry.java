package dev.foresight.models.registry;

import dev.foresight.models.FeatureManifest;
import dev.foresight.models.drift.ReferenceDistribution;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.models.scoring.ScoringModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The model registry in PostgreSQL: versions, metrics, artifacts and the champion of each target. */
@Repository
public class ModelRegistry {

    private static final String COLUMNS = """
            model_id, target, version, run_id, algorithm, hyper_parameters, metrics, feature_manifest, calibration,
            typical_values, training_from, training_to, holdout_snapshot, artifact_sha256, champion, created_at""";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Double>> TYPICAL = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ModelRegistry(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Registers a model; registering the same run and target again returns the existing version. */
    @Transactional
    public RegisteredModel register(NewModel model) {
        Optional<RegisteredModel> existing = jdbc.sql("SELECT " + COLUMNS + " FROM models WHERE run_id = ? AND target = ?")
                .params(model.runId(), model.target()).query(this::map).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        lock(model.target());
        long id = jdbc.sql("""
                        INSERT INTO models (target, version, run_id, algorithm, hyper_parameters, metrics, feature_manifest,
                            calibration, typical_values, training_from, training_to, holdout_snapshot, artifact,
                            artifact_sha256)
                        VALUES (:target, (SELECT COALESCE(MAX(version), 0) + 1 FROM models WHERE target = :target), :run,
                            :algorithm, :hp::jsonb, :metrics::jsonb, :manifest::jsonb, :calibration::jsonb,
                            :typical::jsonb, :from, :to, :holdout, :artifact, :sha)
                        RETURNING model_id""")
                .param("target", model.target())
                .param("run", model.runId())
                .param("algorithm", model.algorithm())
                .param("hp", json.writeValueAsString(model.hyperParameters()))
                .param("metrics", json.writeValueAsString(model.metrics()))
                .param("manifest", json.writeValueAsString(model.manifest()))
                .param("calibration", json.writeValueAsString(model.calibration()))
                .param("typical", json.writeValueAsString(model.typicalValues()))
                .param("from", model.trainingFrom())
                .param("to", model.trainingTo())
                .param("holdout", model.holdoutSnapshot())
                .param("artifact", model.artifact())
                .param("sha", ModelArtifacts.sha256(model.artifact()))
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    /**
     * Makes {@code modelId} the only champion of its target and records who did it and why. Promoting the current
     * champion again changes nothing and records nothing.
     */
    @Transactional
    public Optional<ChampionChange> promote(long modelId, ChampionChange.Action action, String actor, String reason) {
        RegisteredModel model = find(modelId).orElseThrow(() -> new NoSuchModelException("No model with id " + modelId));
        lock(model.target());
        Optional<RegisteredModel> current = champion(model.target());
        if (current.isPresent() && current.get().id() == modelId) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE models SET champion = false WHERE target = ? AND champion").param(model.target()).update();
        jdbc.sql("UPDATE models SET champion = true WHERE model_id = ?").param(modelId).update();
        long id = jdbc.sql("""
                        INSERT INTO champion_changes (target, model_id, previous_model_id, action, actor, reason)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING change_id""")
                .params(model.target(), modelId, current.map(RegisteredModel::id).orElse(null), action.code(), actor, reason)
                .query(Long.class).single();
        return changes(model.target()).stream().filter(c -> c.id() == id).findFirst();
    }

    /** Brings back the champion that the latest change replaced. */
    @Transactional
    public ChampionChange rollback(String target, String actor, String reason) {
        lock(target);
        Long previous = changes(target).stream().findFirst().map(ChampionChange::previousModelId).orElse(null);
        if (previous == null) {
            throw new NoSuchModelException("Target " + target + " has no previous champion to roll back to");
        }
        return promote(previous, ChampionChange.Action.ROLLBACK, actor, reason).orElseThrow();
    }

    /** The champion audit trail of a target, newest first. */
    public List<ChampionChange> changes(String target) {
        return jdbc.sql("""
                        SELECT change_id, target, model_id, previous_model_id, action, actor, reason, changed_at
                        FROM champion_changes WHERE target = ? ORDER BY changed_at DESC, change_id DESC""")
                .param(target)
                .query((rs, row) -> new ChampionChange(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, Long.class), ChampionChange.Action.of(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    public Optional<RegisteredModel> find(String target, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM models WHERE target = ? AND version = ?").params(target, version)
                .query(this::map).optional();
    }

    public Optional<RegisteredModel> find(long modelId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM models WHERE model_id = ?").param(modelId).query(this::map).optional();
    }

    public Optional<RegisteredModel> champion(String target) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM models WHERE target = ? AND champion").param(target)
                .query(this::map).optional();
    }

    public List<RegisteredModel> champions() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM models WHERE champion ORDER BY target").query(this::map).list();
    }

    public List<RegisteredModel> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM models ORDER BY target, version").query(this::map).list();
    }

    /** Keeps the HTML report of the training run with the model (replacing an earlier one of a restarted run). */
    public void attachReport(long modelId, String html) {
        jdbc.sql("UPDATE models SET report_html = ? WHERE model_id = ?").params(html, modelId).update();
    }

    /** Keeps the distributions a model's drift checks compare scoring runs with. */
    public void attachReference(long modelId, ReferenceDistribution reference) {
        jdbc.sql("UPDATE models SET reference_distribution = ?::jsonb WHERE model_id = ?")
                .params(json.writeValueAsString(reference), modelId).update();
    }

    /** The reference of a model; empty for models registered before drift checks existed. */
    public Optional<ReferenceDistribution> reference(long modelId) {
        return jdbc.sql("SELECT reference_distribution::text FROM models WHERE model_id = ? AND reference_distribution IS NOT NULL")
                .param(modelId).query(String.class).optional().map(text -> json.readValue(text, ReferenceDistribution.class));
    }

    /** The HTML report of a model version, if its training run wrote one. */
    public Optional<String> report(String target, int version) {
        return jdbc.sql("SELECT report_html FROM models WHERE target = ? AND version = ? AND report_html IS NOT NULL")
                .params(target, version).query(String.class).optional();
    }

    /** Loads the artifact, checks its SHA-256 against the registry and builds a ready-to-serve model. */
    public ScoringModel load(RegisteredModel model) {
        byte[] bytes = jdbc.sql("SELECT artifact FROM models WHERE model_id = ?").param(model.id())
                .query(byte[].class).single();
        return ModelArtifacts.open(bytes, model.sha256(), model.calibration(), model.manifest());
    }

    /** Serialises registry changes of one target across processes for the rest of the transaction. */
    private void lock(String target) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("models:" + target).query().singleRow();
    }

    private RegisteredModel map(ResultSet rs, int row) throws SQLException {
        return new RegisteredModel(
                rs.getLong("model_id"),
                rs.getString("target"),
                rs.getInt("version"),
                rs.getString("run_id"),
                rs.getString("algorithm"),
                json.readValue(rs.getString("hyper_parameters"), MAP),
                json.readValue(rs.getString("metrics"), MAP),
                json.readValue(rs.getString("feature_manifest"), FeatureManifest.class),
                json.readValue(rs.getString("calibration"), PlattCalibration.class),
                json.readValue(rs.getString("typical_values"), TYPICAL),
                rs.getObject("training_from", java.time.LocalDate.class),
                rs.getObject("training_to", java.time.LocalDate.class),
                rs.getObject("holdout_snapshot", java.time.LocalDate.class),
                rs.getString("artifact_sha256"),
                rs.getBoolean("champion"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}

package dev.foresight.models.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import dev.foresight.models.FeatureManifest;
import dev.foresight.models.scoring.PlattCalibration;
import dev.foresight.models.scoring.PortableModel;
import dev.foresight.models.scoring.ScoringModel;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A model as stored bytes, and the SHA-256 that proves the bytes were not changed: Tribuo's protobuf format, or a
 * {@link PortableModel} as JSON for models trained by Spark MLlib (told apart by the JSON's opening brace).
 */
public final class ModelArtifacts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ModelArtifacts() {
    }

    public static byte[] toBytes(PortableModel model) {
        return JSON.writeValueAsBytes(model);
    }

    /** Checks the bytes against their recorded SHA-256 and makes them a ready-to-serve model, whatever their format. */
    public static ScoringModel open(byte[] bytes, String expectedSha256, PlattCalibration calibration,
                                    FeatureManifest manifest) {
        if (bytes.length > 0 && bytes[0] == '{') {
            requireSha256(bytes, expectedSha256);
            try {
                return new ScoringModel(JSON.readValue(bytes, PortableModel.class), calibration, manifest);
            } catch (JacksonException e) {
                throw new CorruptModelException("Model artifact cannot be read: " + e.getOriginalMessage());
            }
        }
        return new ScoringModel(fromBytes(bytes, expectedSha256), calibration, manifest);
    }

    public static byte[] toBytes(Model<Label> model) {
        var out = new ByteArrayOutputStream();
        try {
            model.serializeToStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    public static Model<Label> fromBytes(byte[] bytes, String expectedSha256) {
        requireSha256(bytes, expectedSha256);
        try {
            return (Model<Label>) Model.deserializeFromStream(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new CorruptModelException("Model artifact cannot be read: " + e.getMessage());
        }
    }

    private static void requireSha256(byte[] bytes, String expectedSha256) {
        String actual = sha256(bytes);
        if (!actual.equals(expectedSha256)) {
            throw new CorruptModelException("Model artifact SHA-256 is " + actual + " but the registry recorded " + expectedSha256);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored model does not match its checksum or cannot be decoded; it must never be served. */
    public static class CorruptModelException extends RuntimeException {
        public CorruptModelException(String message) {
            super(message);
        }
    }
}

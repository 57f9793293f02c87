package dev.foresight.models.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** Tribuo's protobuf model format as bytes, and the SHA-256 that proves the bytes were not changed. */
public final class ModelArtifacts {

    private ModelArtifacts() {
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
        String actual = sha256(bytes);
        if (!actual.equals(expectedSha256)) {
            throw new CorruptModelException("Model artifact SHA-256 is " + actual + " but the registry recorded " + expectedSha256);
        }
        try {
            return (Model<Label>) Model.deserializeFromStream(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new CorruptModelException("Model artifact cannot be read: " + e.getMessage());
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

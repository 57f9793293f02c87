package dev.foresight.training.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the YAML files users write (mappings, target definitions): kebab-case keys, case-insensitive enums. */
public final class ConfigFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private ConfigFiles() {
    }

    /** The file as {@code type}; an unreadable or invalid file is an {@link IllegalArgumentException} naming it. */
    public static <T> T read(Path file, Class<T> type, String what) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read " + what + " file " + file.toAbsolutePath());
        }
        try {
            return YAML.readValue(Files.readString(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid " + what + " " + file + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof IllegalArgumentException || t instanceof NullPointerException ? t.getMessage() : e.getMessage();
    }
}

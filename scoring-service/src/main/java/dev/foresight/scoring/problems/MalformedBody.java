package dev.foresight.scoring.problems;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;

/** Says which field of an unreadable JSON body is wrong, without echoing internals. */
final class MalformedBody {

    private MalformedBody() {
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            return "Field '" + field + "' has a value of the wrong type or format.";
        }
        if (cause == null || e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return "The request body is missing.";
        }
        return "The request body is not valid JSON.";
    }
}

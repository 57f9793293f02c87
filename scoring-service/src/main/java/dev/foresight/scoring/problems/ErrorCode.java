package dev.foresight.scoring.problems;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every error the API returns, in one table: its HTTP status and title. The problem type URI is
 * {@code https://foresight.dev/problems/<code in kebab case>}.
 */
public enum ErrorCode {

    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Unauthenticated"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),
    CUSTOMER_NOT_FOUND(HttpStatus.NOT_FOUND, "Customer not found"),
    MODEL_NOT_FOUND(HttpStatus.NOT_FOUND, "Model not found"),
    REPORT_NOT_FOUND(HttpStatus.NOT_FOUND, "Report not found"),
    TARGET_NOT_FOUND(HttpStatus.NOT_FOUND, "Target not found"),
    ALERT_NOT_FOUND(HttpStatus.NOT_FOUND, "Alert not found"),
    SUBSCRIPTION_NOT_FOUND(HttpStatus.NOT_FOUND, "Webhook subscription not found"),
    ALREADY_ACKNOWLEDGED(HttpStatus.CONFLICT, "Alert already acknowledged"),
    NO_PREVIOUS_CHAMPION(HttpStatus.CONFLICT, "No previous champion"),
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),
    MALFORMED_BODY(HttpStatus.BAD_REQUEST, "Malformed request body"),
    UNKNOWN_FEATURE(HttpStatus.BAD_REQUEST, "Unknown feature"),
    UNKNOWN_FIELD(HttpStatus.BAD_REQUEST, "Unknown record field"),
    INVALID_FIELD(HttpStatus.BAD_REQUEST, "Invalid record field"),
    BATCH_TOO_LARGE(HttpStatus.BAD_REQUEST, "Batch too large"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    NO_CHAMPION_MODEL(HttpStatus.SERVICE_UNAVAILABLE, "No champion model"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final HttpStatus status;
    private final String title;

    ErrorCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create("https://foresight.dev/problems/" + name().toLowerCase().replace('_', '-'));
    }
}

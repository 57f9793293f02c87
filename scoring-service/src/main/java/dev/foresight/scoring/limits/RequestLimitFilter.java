package dev.foresight.scoring.limits;

import dev.foresight.scoring.problems.ErrorCode;
import dev.foresight.scoring.problems.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Protects the API before any work is done: a body larger than {@code max-body-bytes} (by its Content-Length, or
 * as it is read when chunked) gets 413, and requests beyond {@code max-concurrent-requests} in flight get 429 with
 * Retry-After, instead of queueing until everything is slow.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimitFilter extends OncePerRequestFilter {

    private final LimitProperties limits;
    private final Semaphore inFlight;

    RequestLimitFilter(LimitProperties limits) {
        this.limits = limits;
        this.inFlight = new Semaphore(limits.maxConcurrentRequests());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limits.maxBodyBytes()) {
            reject(response, ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than " + limits.maxBodyBytes() + " bytes.");
            return;
        }
        if (!inFlight.tryAcquire()) {
            response.setHeader("Retry-After", Integer.toString(limits.retryAfterSeconds()));
            reject(response, ErrorCode.TOO_MANY_REQUESTS, "The service is at capacity; retry after "
                    + limits.retryAfterSeconds() + " s.");
            return;
        }
        try {
            chain.doFilter(new SizeLimitedRequest(request, limits.maxBodyBytes()), response);
        } finally {
            inFlight.release();
        }
    }

    private static void reject(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
        ProblemJson.write(response, code, detail);
    }
}

package dev.foresight.scoring.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestLimitFilterTest {

    private final RequestLimitFilter filter = new RequestLimitFilter(new LimitProperties(1_024, 1, 3));

    @Test
    void aRequestBeyondTheConcurrencyLimitGets429WithRetryAfter() throws Exception {
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> {
            try {
                filter.doFilter(request(0), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        var rejected = new MockHttpServletResponse();
        filter.doFilter(request(0), rejected, (req, res) -> {
            throw new AssertionError("must not reach the API");
        });
        release.countDown();
        first.get(5, TimeUnit.SECONDS);

        assertThat(rejected.getStatus()).isEqualTo(429);
        assertThat(rejected.getHeader("Retry-After")).isEqualTo("3");
        assertThat(rejected.getContentAsString()).contains("\"code\":\"TOO_MANY_REQUESTS\"");

        var afterwards = new MockHttpServletResponse();
        filter.doFilter(request(0), afterwards, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200));
        assertThat(afterwards.getStatus()).as("capacity is released").isEqualTo(200);
    }

    @Test
    void aDeclaredBodyAboveTheLimitGets413BeforeAnythingReadsIt() throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(request(2_000), response, (req, res) -> {
            throw new AssertionError("must not reach the API");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("PAYLOAD_TOO_LARGE");
    }

    private static MockHttpServletRequest request(int bodyBytes) {
        var request = new MockHttpServletRequest("POST", "/api/v1/predictions");
        request.setContent(new byte[bodyBytes]);
        return request;
    }
}

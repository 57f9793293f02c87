package dev.foresight.scoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls to a scoring service on loopback, as another CRM component would make them, with its API key. */
public record ApiClient(int port, String apiKey) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request builder for {@code path} carrying the key (if any). */
    public HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return apiKey == null ? builder : builder.header("X-API-Key", apiKey);
    }
}

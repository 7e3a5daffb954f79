package org.firstsession.directory.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.directory.SearchConfig;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * OpenSearch's REST API as JSON over {@code java.net.http}: the dozen calls the directory needs (search,
 * bulk, index and alias management, count, health). Chosen over {@code opensearch-java} because those calls
 * are small and stable, and the official client would add its transport and a large generated model to the
 * app for them (start-up time and memory are measured targets, docs/benchmarks.md).
 *
 * <p>Several URLs (OPENSEARCH_URL is comma-separated) are tried in turn, starting with the next one each
 * call, so requests spread over the nodes and one node being down costs one connect timeout. When no node
 * answers, {@link Unavailable} is thrown: the directory answers 503, the indexer keeps the changes queued.
 */
@ApplicationScoped
public class OpenSearchClient {

    private static final Logger LOG = Logger.getLogger(OpenSearchClient.class);

    /** No node answered, or the cluster answered 5xx: try again later. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /** An answer with its status; {@code body} is a MissingNode for an empty body. */
    public record Response(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final List<URI> nodes;
    private final String authorization;
    private final SearchConfig.OpenSearch config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final AtomicInteger next = new AtomicInteger();

    OpenSearchClient(SearchConfig search, ObjectMapper json) {
        this.config = search.opensearch();
        this.json = json;
        this.nodes = config.url().stream().map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> URI.create(u.endsWith("/") ? u : u + "/")).toList();
        this.authorization = config.username()
                .map(user -> "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + config.password().orElse("")).getBytes(StandardCharsets.UTF_8)))
                .orElse(null);
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    public ObjectMapper json() {
        return json;
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, write(body), "application/json");
    }

    public Response post(String path, Object body) {
        return send("POST", path, body == null ? null : write(body), "application/json");
    }

    /** A {@code _bulk} request: {@code ndjson} is the newline-separated actions and sources; {@code refresh}: searchable at once. */
    public Response bulk(String ndjson, boolean refresh) {
        return send("POST", refresh ? "_bulk?refresh=true" : "_bulk", ndjson, "application/x-ndjson");
    }

    /** Like {@link #post} but a non-2xx answer is an error (with the engine's reason, never user data). */
    public JsonNode postOk(String path, Object body) {
        return ok(path, post(path, body));
    }

    public JsonNode putOk(String path, Object body) {
        return ok(path, put(path, body));
    }

    private static JsonNode ok(String path, Response response) {
        if (!response.ok()) {
            throw new IllegalStateException("OpenSearch answered " + response.status() + " to " + path + ": "
                    + response.body().path("error").path("type").asText("?") + " "
                    + response.body().path("error").path("reason").asText(""));
        }
        return response.body();
    }

    private String write(Object body) {
        try {
            return body instanceof String text ? text : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Response send(String method, String path, String body, String contentType) {
        if (nodes.isEmpty()) {
            throw new Unavailable("no OPENSEARCH_URL configured", null);
        }
        int start = Math.floorMod(next.getAndIncrement(), nodes.size());
        Exception last = null;
        for (int i = 0; i < nodes.size(); i++) {
            URI node = nodes.get((start + i) % nodes.size());
            HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path)).timeout(config.requestTimeout())
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", contentType);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 500) {
                    // The node is up but the cluster cannot serve (no master, shards unassigned): another
                    // node may know better; if none does, the caller treats it as unavailable.
                    last = new IOException("HTTP " + response.statusCode());
                    continue;
                }
                String text = response.body();
                JsonNode parsed = text == null || text.isBlank() ? MissingNode.getInstance() : json.readTree(text);
                return new Response(response.statusCode(), parsed);
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("interrupted", e);
            }
        }
        LOG.debugf("OpenSearch unavailable for %s %s: %s", method, path, last);
        throw new Unavailable("OpenSearch did not answer (" + (last == null ? "?" : last.getClass().getSimpleName() + " "
                + last.getMessage()) + ")", last);
    }
}

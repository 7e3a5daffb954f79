package org.firstsession.directory.opensearch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.directory.SearchConfig;

/**
 * The indices of articles and questions, one alias per {@link ContentKind} ({@code <OPENSEARCH_INDEX>-articles},
 * {@code -questions}). Like the directory's {@link SearchIndex}: each build is a new concrete index
 * {@code <alias>-<timestamp>} and the alias moves to it in one atomic {@code _aliases} call.
 */
@ApplicationScoped
class ContentIndex {

    /** Page ≤ 10,000 of size ≤ 50, as ArticleQuery and QuestionQuery allow. */
    static final int MAX_RESULT_WINDOW = (10_000 + 1) * 50;

    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final OpenSearchClient client;
    private final SearchConfig.OpenSearch config;

    ContentIndex(OpenSearchClient client, SearchConfig search) {
        this.client = client;
        this.config = search.opensearch();
    }

    String alias(ContentKind kind) {
        return config.index() + "-" + kind.suffix();
    }

    List<String> aliasTargets(ContentKind kind) {
        OpenSearchClient.Response response = client.get("_alias/" + alias(kind));
        List<String> names = new ArrayList<>();
        if (response.status() == 200) {
            response.body().fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    String create(ContentKind kind) {
        String name = alias(kind) + "-" + SUFFIX.format(Instant.now());
        client.putOk(name, definition(kind));
        return name;
    }

    void switchTo(ContentKind kind, String index) {
        List<String> old = aliasTargets(kind);
        List<Object> actions = new ArrayList<>();
        for (String previous : old) {
            if (!previous.equals(index)) {
                actions.add(Map.of("remove", Map.of("index", previous, "alias", alias(kind))));
            }
        }
        actions.add(Map.of("add", Map.of("index", index, "alias", alias(kind))));
        client.postOk("_aliases", Map.of("actions", actions));
        for (String previous : old) {
            if (!previous.equals(index)) {
                client.delete(previous);
            }
        }
    }

    void drop(String index) {
        client.delete(index);
    }

    long count(ContentKind kind) {
        OpenSearchClient.Response response = client.get(alias(kind) + "/_count");
        return response.status() == 200 ? response.body().path("count").asLong() : 0;
    }

    void refresh(ContentKind kind) {
        client.post(alias(kind) + "/_refresh", null);
    }

    private Map<String, Object> definition(ContentKind kind) {
        return Map.of(
                "settings", Map.of("index", Map.of("number_of_shards", 1, "auto_expand_replicas", config.autoExpandReplicas(),
                        "max_result_window", MAX_RESULT_WINDOW, "refresh_interval", "1s")),
                "mappings", Map.of(
                        "dynamic", "strict",
                        "_source", Map.of("includes", List.of("id")),
                        "properties", kind.properties()));
    }
}

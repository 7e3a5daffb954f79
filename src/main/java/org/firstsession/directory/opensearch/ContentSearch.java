package org.firstsession.directory.opensearch;

import static org.firstsession.shared.i18n.Details.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.directory.SearchConfig;
import org.firstsession.shared.error.ServiceUnavailableException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Full-text search of articles and questions on OpenSearch ({@code SEARCH_BACKEND=opensearch}), for the
 * article and community services: the same matches, order and totals as their PostgreSQL queries.
 * <ul>
 * <li>{@code q} is read like {@code websearch_to_tsquery}: every word must match (in any of the text fields),
 * {@code "a phrase"}, {@code -word} excludes, {@code OR} between words; english analyzer (stemming:
 * "anxieties" finds "anxiety"); no typo tolerance (PostgreSQL has none here either);</li>
 * <li>newest first with the id as tie-break, to the database's microsecond;</li>
 * <li>only ids come back: the caller reads the page's rows from the tables;</li>
 * <li>OpenSearch unreachable (or no index yet): 503 problem with Retry-After, as for the directory.</li>
 * </ul>
 */
@ApplicationScoped
public class ContentSearch {

    /** The ids of one page, newest first, and how many match in all. */
    public record Hits(List<UUID> ids, long total) {
    }

    private static final Pattern OR = Pattern.compile("(?<=^|\\s)OR(?=\\s|$)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final OpenSearchClient client;
    private final ContentIndex index;
    private final SearchConfig config;

    ContentSearch(OpenSearchClient client, ContentIndex index, SearchConfig config) {
        this.client = client;
        this.index = index;
        this.config = config;
    }

    /** Whether {@code q} searches go to OpenSearch (else the services query PostgreSQL themselves). */
    public boolean active() {
        return config.backend() == SearchConfig.Backend.OPENSEARCH;
    }

    /**
     * One page of the matches of {@code q} among the listed rows of {@code kind} whose keyword fields equal
     * {@code filters}' values (null values are ignored).
     */
    public Hits search(ContentKind kind, String q, Map<String, String> filters, int page, int size) {
        ObjectNode body = client.json().createObjectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        filters.forEach((field, value) -> {
            if (value != null) {
                filter.addObject().putObject("term").put(field, value);
            }
        });
        ObjectNode text = bool.putArray("must").addObject().putObject("simple_query_string");
        text.put("query", websearch(q)).put("default_operator", "and").put("flags", "OR|NOT|PHRASE|PRECEDENCE|WHITESPACE")
                .put("lenient", true);
        kind.textFields().forEach(text.putArray("fields")::add);
        body.put("from", page * size).put("size", size).put("track_total_hits", true);
        body.putArray("_source").add("id");
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject(kind.newestField()).put("order", "desc");
        sort.addObject().putObject("id").put("order", "desc");
        OpenSearchClient.Response response;
        try {
            response = client.post(index.alias(kind) + "/_search", body);
        } catch (OpenSearchClient.Unavailable e) {
            throw unavailable();
        }
        if (response.status() != 200) {
            throw unavailable(); // no index yet (the first build is running) or the cluster cannot serve it
        }
        JsonNode hits = response.body().path("hits");
        List<UUID> ids = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            ids.add(UUID.fromString(hit.path("_id").asText()));
        }
        return new Hits(ids, hits.path("total").path("value").asLong());
    }

    /**
     * websearch_to_tsquery's syntax in simple_query_string's: {@code a b OR c} means a AND (b OR c) there, so
     * words joined by {@code OR} become a group {@code (b | c)}; parentheses are not operators in websearch
     * syntax, so the user's are dropped. With a quote in q (a phrase), {@code OR} simply becomes {@code |}.
     */
    static String websearch(String q) {
        String text = q.replace('(', ' ').replace(')', ' ').strip();
        if (text.indexOf('"') >= 0) {
            return OR.matcher(text).replaceAll("|");
        }
        String[] words = SPACE.split(text);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            if (words[i].equals("OR")) {
                i++; // a leading or doubled OR joins nothing
                continue;
            }
            List<String> group = new ArrayList<>(List.of(words[i]));
            while (i + 2 < words.length && words[i + 1].equals("OR") && !words[i + 2].equals("OR")) {
                group.add(words[i + 2]);
                i += 2;
            }
            i++;
            out.append(out.isEmpty() ? "" : " ").append(group.size() == 1 ? group.get(0) : "(" + String.join(" | ", group) + ")");
        }
        return out.toString();
    }

    private static ServiceUnavailableException unavailable() {
        return new ServiceUnavailableException(profile(m -> m.search_unavailable()), 5);
    }
}

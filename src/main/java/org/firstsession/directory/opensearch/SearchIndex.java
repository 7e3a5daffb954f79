package org.firstsession.directory.opensearch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.directory.SearchConfig;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The directory's index in OpenSearch: its settings and mapping, and the alias searches go to. Each build
 * is a new concrete index {@code <alias>-<timestamp>}; the alias moves to it in one atomic
 * {@code _aliases} call once it holds everything, so searches never see a half-built index (README,
 * "Search backends").
 */
@ApplicationScoped
public class SearchIndex {

    /** Deep pages like the PostgreSQL directory: page ≤ 10,000 of size ≤ 50 (DirectoryQuery). */
    static final int MAX_RESULT_WINDOW = (10_000 + 1) * 50;

    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final OpenSearchClient client;
    private final SearchConfig.OpenSearch config;

    SearchIndex(OpenSearchClient client, SearchConfig search) {
        this.client = client;
        this.config = search.opensearch();
    }

    public String alias() {
        return config.index();
    }

    /** The concrete indices the alias points to (empty when there is none yet). */
    public List<String> aliasTargets() {
        OpenSearchClient.Response response = client.get("_alias/" + alias());
        List<String> names = new ArrayList<>();
        if (response.status() == 200) {
            response.body().fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** Creates a new, empty index for a build; returns its name. */
    public String create() {
        String name = alias() + "-" + SUFFIX.format(Instant.now());
        client.putOk(name, definition());
        return name;
    }

    /** Points the alias at {@code index} alone (atomically) and deletes the indices it pointed to before. */
    public void switchTo(String index) {
        List<String> old = aliasTargets();
        List<Object> actions = new ArrayList<>();
        for (String previous : old) {
            if (!previous.equals(index)) {
                actions.add(Map.of("remove", Map.of("index", previous, "alias", alias())));
            }
        }
        actions.add(Map.of("add", Map.of("index", index, "alias", alias())));
        client.postOk("_aliases", Map.of("actions", actions));
        for (String previous : old) {
            if (!previous.equals(index)) {
                client.delete(previous);
            }
        }
    }

    /**
     * Adds the fields of the current mapping that an index made by an older version lacks (OpenSearch accepts
     * new fields on a live index; the mapping is strict, so documents with them are refused until then).
     */
    public void addMissingFields(String index) {
        Map<String, Object> english = Map.of("type", "text", "analyzer", "english");
        Map<String, Object> keyword = Map.of("type", "keyword");
        Map<String, Object> stored = Map.of("type", "keyword", "index", false, "doc_values", false);
        client.putOk(index + "/_mapping", Map.of("properties", properties(english, keyword, stored)));
    }

    /** Deletes a build that will not be finished (a new rebuild replaced it). */
    public void drop(String index) {
        client.delete(index);
    }

    /** Documents searchable through the alias now. */
    public long count() {
        OpenSearchClient.Response response = client.get(alias() + "/_count");
        return response.status() == 200 ? response.body().path("count").asLong() : 0;
    }

    /** Makes everything indexed so far searchable now (tests; the index refreshes every second by itself). */
    public void refresh() {
        client.post(alias() + "/_refresh", null);
    }

    /** Cluster health for readiness: "green", "yellow" or "red". */
    public String health() {
        JsonNode body = client.get("_cluster/health").body();
        return body.path("status").asText("red");
    }

    /**
     * Settings and mapping. Full-text fields use the {@code english} analyzer (stemming like PostgreSQL's
     * english configuration); sorting by name uses a lower-cased keyword (PostgreSQL's lower(display_name)).
     * The bio is searched but not kept in {@code _source}: cards never show it and a rebuild reads the
     * database. Dates that make a specialist featured, verified or bookable are stored as dates and compared
     * with the time of each search, so their expiry needs no reindexing.
     */
    private static Map<String, Object> definition() {
        Map<String, Object> english = Map.of("type", "text", "analyzer", "english");
        Map<String, Object> keyword = Map.of("type", "keyword");
        Map<String, Object> stored = Map.of("type", "keyword", "index", false, "doc_values", false);
        return Map.of(
                "settings", Map.of(
                        "index", Map.of("number_of_shards", 1, "auto_expand_replicas", "0-1",
                                "max_result_window", MAX_RESULT_WINDOW, "refresh_interval", "1s"),
                        "analysis", Map.of("normalizer", Map.of("lowercase",
                                Map.of("type", "custom", "filter", List.of("lowercase"))))),
                "mappings", Map.of(
                        "dynamic", "strict",
                        "_source", Map.of("excludes", List.of("bio")),
                        "properties", properties(english, keyword, stored)));
    }

    private static Map<String, Object> properties(Map<String, Object> english, Map<String, Object> keyword,
            Map<String, Object> stored) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", keyword);
        p.put("name", Map.of("type", "text", "analyzer", "english",
                "fields", Map.of("sort", Map.of("type", "keyword", "normalizer", "lowercase"))));
        p.put("tags", english);
        p.put("professionalTitle", english);
        p.put("headline", english);
        p.put("bio", english); // with the translations' bios (V79)
        p.put("translatedHeadlines", english); // the translations' headlines, searched like the headline
        p.put("headlineTranslations", Map.of("type", "object", "enabled", false)); // by language, for the cards only
        p.put("textLanguage", stored);
        p.put("photoUrl", stored);
        p.put("specialties", keyword);
        p.put("approaches", keyword);
        p.put("languages", keyword);
        p.put("sessionFormats", keyword);
        p.put("city", Map.of("type", "keyword", "normalizer", "lowercase"));
        p.put("country", keyword);
        p.put("location", Map.of("type", "geo_point")); // the place's centre (V76): near, radiusKm, sort=distance
        p.put("licenceCountry", keyword); // includeOnline: online specialists licensed in the searched country
        p.put("currency", keyword); // currency and maxFee (V77's issue: amounts compared within one currency)
        p.put("reducedFee", Map.of("type", "boolean"));
        p.put("reducedFeeNote", stored);
        p.put("feeAmount", Map.of("type", "double")); // scaled_float is in a module the distribution lacks
        p.put("feeCurrency", stored);
        p.put("verifiedThrough", Map.of("type", "date", "format", "strict_date"));
        p.put("featuredUntil", Map.of("type", "date", "format", "epoch_millis"));
        // heldUntil: while a waitlist offer holds the slot for one client (issue #17), nobody else can book it.
        p.put("slots", Map.of("type", "nested", "properties",
                Map.of("startsAt", Map.of("type", "date", "format", "epoch_millis"),
                        "heldUntil", Map.of("type", "date", "format", "epoch_millis"))));
        return p;
    }
}

package org.firstsession.directory.opensearch;

import static org.firstsession.shared.i18n.Details.profile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.booking.BookingConfig;
import org.firstsession.directory.DirectoryConfig;
import org.firstsession.directory.DirectoryItem;
import org.firstsession.directory.DirectoryQuery;
import org.firstsession.directory.DirectorySearch;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ServiceUnavailableException;
import org.firstsession.specialist.SpecialistRequest.Fee;
import org.firstsession.specialist.SpecialistRequest.ReducedFee;
import org.firstsession.specialist.SpecialistService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The directory on OpenSearch ({@code SEARCH_BACKEND=opensearch}): the same parameters, orders, paging,
 * counting and cards as {@link org.firstsession.directory.PostgresDirectorySearch}, from the index that
 * {@link SearchIndexer} keeps.
 * <ul>
 * <li>text: every word must match (AND), each in name or specialties (weighted like PostgreSQL's A), title or
 * headline (B) or bio (C); english analyzer (stemming: "anxieties" finds anxiety) and fuzziness AUTO (one
 * or two edits by word length: "anxeity", "Dmitry");</li>
 * <li>featured first in the default order, rotated daily by md5(id || UTC date), the PostgreSQL rule;</li>
 * <li>what depends on the clock (featured until, licence valid until, slots past the booking notice, a
 * waitlist hold's end) is compared with the time of the search, so nothing needs reindexing when time passes;</li>
 * <li>totals are counted up to {@link DirectoryConfig#countLimit()} ({@code track_total_hits});</li>
 * <li>OpenSearch unreachable: 503 problem with Retry-After (no fallback to PostgreSQL: an overloaded
 * database is a likely reason to run OpenSearch at all).</li>
 * </ul>
 */
@ApplicationScoped
public class OpenSearchDirectorySearch implements DirectorySearch {

    /** At most this many featured specialists lead a result list (as on PostgreSQL). */
    static final int MAX_FEATURED = 200;

    /** Field weights, after PostgreSQL's ts_rank defaults: A 1.0, B 0.4, C 0.2. */
    private static final List<String> TEXT_FIELDS = List.of("name^5", "tags^5", "professionalTitle^2", "headline^2",
            "translatedHeadlines^2", "bio^1");

    private final OpenSearchClient client;
    private final SearchIndex index;
    private final SpecialistService specialists;
    private final BookingConfig booking;
    private final DirectoryConfig config;

    OpenSearchDirectorySearch(OpenSearchClient client, SearchIndex index, SpecialistService specialists, BookingConfig booking,
            DirectoryConfig config) {
        this.client = client;
        this.index = index;
        this.specialists = specialists;
        this.booking = booking;
        this.config = config;
    }

    /** The moment a search is about: what is bookable, featured and verified now. */
    private record Clock(Instant now, long earliest, long horizon, long freeUntil, String today) {
    }

    private Clock clock() {
        Instant now = Instant.now();
        return new Clock(now, now.plus(booking.minimumNotice()).toEpochMilli(), now.plus(booking.horizon()).toEpochMilli(),
                now.plus(booking.freeConsultationWindow()).toEpochMilli(), LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
    }

    @Override
    public Page<DirectoryItem> search(DirectoryQuery query) {
        Clock clock = clock();
        ArrayNode filters = client.json().createArrayNode();
        term(filters, "specialties", query.specialty());
        term(filters, "approaches", query.approach());
        term(filters, "languages", query.language());
        term(filters, "sessionFormats", query.format());
        term(filters, "country", query.country());
        term(filters, "city", query.city());
        if (query.near() != null) {
            DirectoryQuery.Near near = query.near();
            ObjectNode within = client.json().createObjectNode();
            ObjectNode geo = within.putObject("geo_distance");
            geo.put("distance", near.radiusKm() + "km").put("distance_type", "arc");
            geo.putObject("location").put("lat", near.lat()).put("lon", near.lon());
            if (near.onlineLicensedIn() == null) {
                filters.add(within);
            } else {
                ObjectNode online = client.json().createObjectNode();
                ArrayNode both = online.putObject("bool").putArray("filter");
                both.addObject().putObject("term").put("sessionFormats", "online");
                both.addObject().putObject("term").put("licenceCountry", near.onlineLicensedIn());
                ObjectNode either = filters.addObject().putObject("bool");
                either.putArray("should").add(within).add(online);
                either.put("minimum_should_match", 1);
            }
        }
        term(filters, "currency", query.currency());
        if (query.reducedFee()) {
            filters.addObject().putObject("term").put("reducedFee", true);
        }
        if (query.maxFee() != null) {
            filters.add(range("feeAmount", "lte", query.maxFee()));
        }
        if (query.verifiedOnly()) {
            filters.add(verified(clock));
        }
        if (query.freeConsultation()) {
            filters.add(hasBookableSlot(clock, clock.freeUntil()));
        }
        if (query.waitlistOpen()) {
            // No bookable slot in the same window: the profile offers "Join the waitlist" instead.
            filters.addObject().putObject("bool").putArray("must_not").add(hasBookableSlot(clock, clock.freeUntil()));
        }
        ArrayNode must = client.json().createArrayNode();
        if (query.q() != null) {
            List<String> words = words(query.q());
            if (words.isEmpty()) {
                return new Page<>(List.of(), query.page(), query.size(), 0); // no searchable word in q
            }
            for (String word : words) {
                ObjectNode match = must.addObject().putObject("multi_match");
                match.put("query", word).put("fuzziness", "AUTO").put("zero_terms_query", "all");
                TEXT_FIELDS.forEach(match.putArray("fields")::add);
            }
        }
        long offset = (long) query.page() * query.size();
        int limit = config.countLimit();
        if (!query.defaultOrder()) {
            JsonNode result = search(bool(filters, must, null, false), sort(query, clock), (int) offset, query.size(), limit + 1);
            return page(query, items(result, clock, query), counted(result, 0), clock);
        }
        // Default order: featured matches first (rotated daily), then the rest in the chosen order.
        JsonNode featuredResult = search(bool(filters, must, featuredNow(clock), false), null, 0, MAX_FEATURED, MAX_FEATURED);
        List<DirectoryItem> featured = rotated(items(featuredResult, clock, query), clock);
        List<DirectoryItem> items = new ArrayList<>();
        if (offset < featured.size()) {
            items.addAll(featured.subList((int) offset, (int) Math.min(featured.size(), offset + query.size())));
        }
        int missing = query.size() - items.size();
        long restOffset = Math.max(0, offset - featured.size());
        JsonNode rest = search(bool(filters, must, featuredNow(clock), true), sort(query, clock), (int) restOffset, missing,
                limit + 1);
        items.addAll(items(rest, clock, query));
        return page(query, items, counted(rest, featured.size()), clock);
    }

    private record Counted(long value, boolean exact) {
    }

    /** Matches counted up to the limit + 1 (as on PostgreSQL), the featured lead included. */
    private Counted counted(JsonNode result, int featured) {
        JsonNode total = result.path("hits").path("total");
        long value = total.path("value").asLong() + featured;
        return new Counted(value, "eq".equals(total.path("relation").asText()) && value <= config.countLimit());
    }

    private Page<DirectoryItem> page(DirectoryQuery query, List<DirectoryItem> items, Counted counted, Clock clock) {
        long total = Math.min(counted.value(), config.countLimit());
        return new Page<>(items, query.page(), query.size(), total, counted.exact());
    }

    @Override
    public List<DirectoryItem> featured() {
        Clock clock = clock();
        JsonNode result = search(bool(client.json().createArrayNode(), client.json().createArrayNode(), featuredNow(clock), false),
                null, 0, MAX_FEATURED, 0);
        return rotated(items(result, clock, null), clock);
    }

    private JsonNode search(ObjectNode query, ArrayNode sort, int from, int size, int trackTotalHits) {
        ObjectNode body = client.json().createObjectNode();
        body.set("query", query);
        body.put("from", from).put("size", size);
        if (trackTotalHits > 0) {
            body.put("track_total_hits", trackTotalHits);
        } else {
            body.put("track_total_hits", false);
        }
        if (sort != null) {
            body.set("sort", sort);
        }
        OpenSearchClient.Response response;
        try {
            response = client.post(index.alias() + "/_search", body);
        } catch (OpenSearchClient.Unavailable e) {
            throw unavailable();
        }
        if (response.status() != 200) {
            // No index yet (the first build is running) or the cluster cannot serve the alias.
            throw unavailable();
        }
        return response.body();
    }

    private static ServiceUnavailableException unavailable() {
        return new ServiceUnavailableException(profile(m -> m.search_unavailable()), 5);
    }

    private ObjectNode bool(ArrayNode filters, ArrayNode must, ObjectNode featured, boolean notFeatured) {
        ObjectNode query = client.json().createObjectNode();
        ObjectNode bool = query.putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        filter.addAll(filters);
        if (featured != null && !notFeatured) {
            filter.add(featured);
        }
        if (featured != null && notFeatured) {
            bool.putArray("must_not").add(featured);
        }
        if (!must.isEmpty()) {
            bool.putArray("must").addAll(must);
        }
        return query;
    }

    /** The chosen order, then name and id, so pages never overlap or skip rows between requests. */
    private ArrayNode sort(DirectoryQuery query, Clock clock) {
        ArrayNode sort = client.json().createArrayNode();
        switch (query.sort()) {
            case RELEVANCE -> {
                if (query.q() != null) {
                    sort.addObject().putObject("_score").put("order", "desc");
                }
            }
            case FEE -> sort.addObject().putObject("feeAmount").put("order", "asc").put("missing", "_last");
            case SOONEST -> {
                // Each specialist's first slot that is bookable now and within the horizon: nextFreeSlot.
                ObjectNode slot = sort.addObject().putObject("slots.startsAt");
                slot.put("order", "asc").put("mode", "min").put("missing", "_last");
                slot.putObject("nested").put("path", "slots").set("filter", bookableSlot(clock, clock.horizon()));
            }
            case DISTANCE -> {
                // Nearest first (arc, like the filter); profiles without a place (included online) last.
                ObjectNode geo = sort.addObject().putObject("_geo_distance");
                geo.putObject("location").put("lat", query.near().lat()).put("lon", query.near().lon());
                geo.put("order", "asc").put("unit", "m").put("distance_type", "arc").put("ignore_unmapped", true);
            }
            case NAME -> { }
        }
        sort.addObject().putObject("name.sort").put("order", "asc");
        sort.addObject().putObject("id").put("order", "asc");
        return sort;
    }

    private void term(ArrayNode filters, String field, String value) {
        if (value != null) {
            filters.addObject().putObject("term").put(field, value);
        }
    }

    private ObjectNode range(String field, String op, Object value) {
        ObjectNode node = client.json().createObjectNode();
        node.putObject("range").putObject(field).putPOJO(op, value);
        return node;
    }

    private ObjectNode range(String field, String op1, Object value1, String op2, Object value2) {
        ObjectNode node = client.json().createObjectNode();
        node.putObject("range").putObject(field).putPOJO(op1, value1).putPOJO(op2, value2);
        return node;
    }

    /**
     * A slot (nested in {@code slots}) clients could book now, starting before {@code until}: the rule of
     * booking.BookableSlots on the document: from the booking notice on, and not held for someone on the
     * waitlist (a hold that has run out no longer counts).
     */
    private ObjectNode bookableSlot(Clock clock, long until) {
        ObjectNode node = client.json().createObjectNode();
        ObjectNode bool = node.putObject("bool");
        bool.putArray("filter").add(range("slots.startsAt", "gte", clock.earliest(), "lt", until));
        bool.putArray("must_not").add(range("slots.heldUntil", "gt", clock.now().toEpochMilli()));
        return node;
    }

    /** The specialist has a {@link #bookableSlot} starting before {@code until}. */
    private ObjectNode hasBookableSlot(Clock clock, long until) {
        ObjectNode node = client.json().createObjectNode();
        node.putObject("nested").put("path", "slots").set("query", bookableSlot(clock, until));
        return node;
    }

    /** A licence check that said VERIFIED and has not expired (valid through today, UTC). */
    private ObjectNode verified(Clock clock) {
        return range("verifiedThrough", "gte", clock.today());
    }

    private ObjectNode featuredNow(Clock clock) {
        return range("featuredUntil", "gt", clock.now().toEpochMilli());
    }

    /** The words of q as the PostgreSQL search reads them: letters only, lower case, at most 10 distinct. */
    static List<String> words(String q) {
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty() && w.length() <= 100)
                .distinct()
                .limit(10)
                .toList();
    }

    /** md5(id || today's UTC date), as PostgreSQL orders the featured set: stable for a day, reshuffled daily. */
    private static List<DirectoryItem> rotated(List<DirectoryItem> featured, Clock clock) {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Map<UUID, String> keys = new HashMap<>();
        for (DirectoryItem item : featured) {
            keys.put(item.id(), HexFormat.of().formatHex(md5.digest((item.id() + clock.today()).getBytes(StandardCharsets.UTF_8))));
        }
        List<DirectoryItem> sorted = new ArrayList<>(featured);
        sorted.sort(Comparator.comparing((DirectoryItem item) -> keys.get(item.id())).thenComparing(item -> item.id().toString()));
        return sorted;
    }

    /** Metres of the mean earth radius: the sphere PostgreSQL's geo_point uses (V76), so both round alike. */
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    /** km between two points on that sphere (haversine), rounded like PostgreSQL's distance_km. */
    static int distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return (int) Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))) / 1000);
    }

    private List<DirectoryItem> items(JsonNode result, Clock clock, DirectoryQuery query) {
        List<DirectoryItem> items = new ArrayList<>();
        for (JsonNode hit : result.path("hits").path("hits")) {
            JsonNode doc = hit.path("_source");
            UUID id = UUID.fromString(doc.path("id").asText());
            Instant nextFreeSlot = null;
            for (JsonNode slot : doc.path("slots")) {
                long start = slot.path("startsAt").asLong();
                boolean held = slot.path("heldUntil").asLong(0) > clock.now().toEpochMilli();
                if (!held && start >= clock.earliest() && start < clock.horizon()
                        && (nextFreeSlot == null || start < nextFreeSlot.toEpochMilli())) {
                    nextFreeSlot = Instant.ofEpochMilli(start);
                }
            }
            Fee fee = doc.path("feeAmount").isMissingNode() || doc.path("feeAmount").isNull() ? null
                    : new Fee(new BigDecimal(doc.path("feeAmount").asText()).setScale(2), text(doc, "feeCurrency"));
            String verifiedThrough = text(doc, "verifiedThrough");
            long featuredUntil = doc.path("featuredUntil").asLong(0);
            items.add(new DirectoryItem(id, text(doc, "name"), text(doc, "professionalTitle"), text(doc, "headline"),
                    text(doc, "photoUrl"), strings(doc, "specialties"), strings(doc, "languages"), strings(doc, "sessionFormats"),
                    text(doc, "city"), text(doc, "country"), fee, nextFreeSlot,
                    verifiedThrough != null && verifiedThrough.compareTo(clock.today()) >= 0,
                    featuredUntil > clock.now().toEpochMilli(), specialists.shareUrl(id), distance(doc, query),
                    new ReducedFee(doc.path("reducedFee").asBoolean(false), text(doc, "reducedFeeNote")), true,
                    text(doc, "textLanguage"), null, headlines(doc)));
        }
        return items;
    }

    private static Integer distance(JsonNode doc, DirectoryQuery query) {
        JsonNode location = doc.path("location");
        if (query == null || query.near() == null || location.isMissingNode() || location.isNull()) {
            return null;
        }
        return distanceKm(query.near().lat(), query.near().lon(), location.path("lat").asDouble(), location.path("lon").asDouble());
    }

    private static Map<String, String> headlines(JsonNode doc) {
        Map<String, String> headlines = new HashMap<>();
        doc.path("headlineTranslations").fields().forEachRemaining(e -> headlines.put(e.getKey(), e.getValue().asText()));
        return headlines;
    }

    private static String text(JsonNode doc, String field) {
        JsonNode value = doc.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode doc, String field) {
        List<String> values = new ArrayList<>();
        doc.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }
}

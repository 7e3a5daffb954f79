package org.firstsession.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.firstsession.booking.BookableSlots;
import org.firstsession.booking.BookingConfig;
import org.firstsession.place.Gazetteer;
import org.firstsession.shared.Page;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.SpecialistRequest.Fee;
import org.firstsession.specialist.SpecialistRequest.ReducedFee;
import org.firstsession.specialist.SpecialistService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The directory on PostgreSQL: full-text search (weighted tsvector, GIN index), trigram correction of
 * misspelt words, and three derived tables kept by triggers (migration V20) so that the cost of a page
 * does not grow with the number of matches:
 * <ul>
 * <li>a one-word search in relevance order reads the top of {@code directory_term_order_idx} (the
 * word's precomputed {@code ts_rank}, then name and id) instead of ranking every match;</li>
 * <li>{@code freeConsultation} and {@code nextFreeSlot} are one probe of {@code directory_open_slot};</li>
 * <li>totals are counted up to {@link DirectoryConfig#countLimit()}.</li>
 * </ul>
 * Every statement of a search runs under {@link DirectoryConfig#statementTimeout()}; when it fires the
 * caller gets 503 with Retry-After (an anonymous search never holds a connection for long).
 */
@ApplicationScoped
public class PostgresDirectorySearch implements DirectorySearch {

    /** Words this far apart (pg_trgm similarity below 0.3) are not taken as misspellings of each other. */
    private static final String CORRECTION_SQL = """
            SELECT w.word,
                   (SELECT sw.word FROM search_word sw
                     WHERE sw.word % w.word ORDER BY sw.word <-> w.word, sw.word LIMIT 1)
            FROM unnest(cast(?1 as text[])) WITH ORDINALITY AS w(word, n)
            ORDER BY w.n""";

    /**
     * The lexemes of the given words that some visible profile has (directory_term holds visible
     * profiles only): with exactly one, a one-word search is an index walk of that lexeme's postings.
     */
    private static final String POSTED_LEXEMES_SQL = """
            SELECT DISTINCT l FROM unnest(tsvector_to_array(to_tsvector('english', ?1))) AS l
            WHERE EXISTS (SELECT 1 FROM directory_term t WHERE t.lexeme = l)""";

    /** What the directory lists (directory_term holds exactly these profiles' postings). */
    private static final String VISIBLE = "s.status = 'PUBLISHED' AND s.suspended_at IS NULL";

    /**
     * Bookable slots of specialist {@code s} starting before %s: rows of directory_open_slot (the trigger-kept
     * copy of {@link BookableSlots#OPEN}) in the bookable window (bind :earliest).
     */
    private static final String OPEN_SLOT = "o.specialist_id = s.id AND " + BookableSlots.window("o", "%s");

    /** A licence check that said VERIFIED and has not expired. */
    static final String VERIFIED = """
            (s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date))""";

    /** Featured now: featured by an admin and not past its end. */
    public static final String FEATURED = "(s.featured_at IS NOT NULL AND (s.featured_until IS NULL OR s.featured_until > now()))";

    /**
     * Fair rotation within the featured set: a hash of the id and today's date. The order is stable for a
     * day (so pages are consistent) and reshuffles every day, so nobody is always last.
     */
    static final String ROTATION = "md5(s.id::text || current_date::text)";

    /** At most this many featured specialists lead a result list (admins feature a handful at a time). */
    static final int MAX_FEATURED = 200;

    /** The translated headlines of specialist {@code s} as a JSON object by language (V79), null without any. */
    public static final String HEADLINE_TRANSLATIONS = """
            (SELECT jsonb_object_agg(t.k, t.v ->> 'headline')::text FROM jsonb_each(s.translations) AS t(k, v)
             WHERE t.v ->> 'headline' IS NOT NULL)""";

    /** What a directory card needs (read by {@link #items}); bind :earliest and :horizon. */
    private static final String ITEM_COLUMNS = """
            SELECT s.id, s.display_name, s.professional_title, s.headline, s.photo_url,
                   array_to_string(s.specialties, ','), array_to_string(s.languages, ','),
                   array_to_string(s.session_formats, ','), s.city, s.country, s.fee_amount, s.fee_currency,
                   (SELECT min(o.starts_at) FROM directory_open_slot o WHERE %s) AS next_free_slot,
                   %s AS verified, %s AS featured, s.reduced_fee_available, s.reduced_fee_note,
                   s.text_language, %s AS headline_translations
            """.formatted(OPEN_SLOT.formatted(":horizon"), VERIFIED, FEATURED, HEADLINE_TRANSLATIONS);

    /**
     * A profile's place as a point: V78's stored column geo_point(place_lat, place_lon), which
     * specialist_place_point_idx indexes (an expression would cost a function call per candidate row).
     */
    private static final String PLACE_POINT = "s.place_point";

    /** The search's origin (near or lat/lon); bind :originLat and :originLon. */
    private static final String ORIGIN_POINT = "geo_point(:originLat, :originLon)";

    /** Metres of the mean earth radius, as V76's geo_point. */
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    /**
     * Within the radius: inside the cube around the origin enlarged by the radius's chord (the index answers
     * this), then exactly within the chord (bind :chord). Only profiles with a place, as the partial index.
     */
    private static final String WITHIN_RADIUS = "(s.place_id IS NOT NULL AND " + PLACE_POINT + " <@ cube_enlarge(" + ORIGIN_POINT
            + ", :chord, 3) AND " + PLACE_POINT + " <-> " + ORIGIN_POINT + " <= :chord)";

    /**
     * Within the radius, by the places there (bind :nearPlaces, the gazetteer's ids of the places whose centre is
     * within the radius, as a {@code bigint[]} literal): a profile's point is its place's centre, so these are the
     * same profiles, found through specialist_listed_place_idx (V81) without reading a profile row. The GiST index
     * of {@link #WITHIN_RADIUS} walks every profile of a place one by one, and profiles share a few points (all of
     * Berlin's are Berlin's centre): at 100,000 profiles a page near Berlin took 7 ms that way, 0.7 ms this way
     * (docs/benchmarks.md). The exact distance is still checked, from the index.
     */
    private static final String WITHIN_PLACES = "(s.place_id IS NOT NULL AND s.place_id = ANY(cast(:nearPlaces as bigint[])) AND "
            + PLACE_POINT + " <-> " + ORIGIN_POINT + " <= :chord)";

    /** More places than this within the radius (a wide radius in a dense region): the GiST index answers instead. */
    static final int MAX_NEAR_PLACES = 500;

    /** km from the origin to the profile's place centre, rounded (null without a place). */
    private static final String DISTANCE_KM = "round(geo_chord_to_metres(" + PLACE_POINT + " <-> " + ORIGIN_POINT + ") / 1000)::int";

    /** The card columns, with distance_km when the search has an origin ({@code params} binds it). */
    private static String itemColumns(Map<String, Object> params) {
        return ITEM_COLUMNS.stripTrailing() + ", " + (params.containsKey("originLat") ? DISTANCE_KM : "NULL") + " AS distance_km\n";
    }

    /** Profiles, or one lexeme's postings joined to them (relevance order straight from an index). */
    private static final String PROFILES = "specialist s";
    private static final String POSTINGS = "directory_term t JOIN specialist s ON s.id = t.specialist_id";

    /**
     * Not featured now, for a source without the profile row (postings only): the featured set is a handful of
     * profiles (specialist_featured_idx), so the postings are checked against their ids in the index alone.
     */
    private static final String NOT_FEATURED_POSTING =
            "t.specialist_id <> ALL (ARRAY(SELECT s.id FROM specialist s WHERE " + FEATURED + "))";

    private final EntityManager em;
    private final SpecialistService specialists;
    private final BookingConfig booking;
    private final DirectoryConfig config;
    private final BookableSlots bookable;
    private final ObjectMapper objectMapper;
    private final Gazetteer gazetteer;

    PostgresDirectorySearch(EntityManager em, SpecialistService specialists, BookingConfig booking, DirectoryConfig config,
            BookableSlots bookable, ObjectMapper objectMapper, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.bookable = bookable;
        this.objectMapper = objectMapper;
        this.em = em;
        this.specialists = specialists;
        this.booking = booking;
        this.config = config;
    }

    /**
     * Where the rows come from and in which order a page is cut from them; {@code id} is the specialist's id
     * among them (the page is chosen as ids first, then joined to the profiles: see {@link #select});
     * {@code countFrom}/{@code countWhere} count the same rows (postings: see {@link #postings});
     * {@code notFeatured} leaves out the featured profiles (the default order lists them first).
     */
    private record Source(String from, String id, String where, String innerOrder, String extraColumns, String outerOrder,
            String countFrom, String countWhere, String notFeatured) {

        static Source profiles(String where, String order) {
            return new Source(PROFILES, "s.id", where, order, "", order, PROFILES, where, "NOT " + FEATURED);
        }

        Source and(String condition) {
            return new Source(from, id, where + " AND " + condition, innerOrder, extraColumns, outerOrder, countFrom, countWhere,
                    notFeatured);
        }

        Source notFeaturedNow() {
            return and(notFeatured);
        }

        /**
         * For a match set known to be small (counted exactly, at most the count limit): the matches are
         * collected first (bitmap index scans; OFFSET 0 keeps the planner from merging this into the
         * ordered query) and then sorted. Otherwise the planner may walk the name index looking for a rare
         * combination of filters row by row (the whole index when nothing further matches).
         */
        Source collectedFirst() {
            if (!from.equals(PROFILES)) {
                return this; // postings are read in index order and stop after one page anyway
            }
            return new Source("(SELECT * FROM specialist s WHERE " + where + " OFFSET 0) s", id, "true", innerOrder, extraColumns,
                    outerOrder, countFrom, countWhere, notFeatured);
        }
    }

    /**
     * One lexeme's postings (visible profiles only) in relevance order. Without filters the postings are
     * all it takes (directory_term holds exactly the visible profiles): count and page are index-only walks
     * of directory_term_order_idx, so a deep page skips index entries, not profiles (docs/benchmarks.md,
     * "Deep pages"). With filters each posting's profile is checked in turn (OFFSET 0 keeps the planner from
     * hashing all profiles to count at most a thousand).
     */
    private static Source postings(String filters) {
        String order = "t.rank DESC, t.name_key, t.specialist_id";
        String outer = "p.term_rank DESC, lower(s.display_name), s.id";
        if (filters.equals(VISIBLE)) {
            return new Source("directory_term t", "t.specialist_id", "t.lexeme = :lexeme", order, ", t.rank AS term_rank", outer,
                    "directory_term t", "t.lexeme = :lexeme", NOT_FEATURED_POSTING);
        }
        return new Source(POSTINGS, "s.id", "t.lexeme = :lexeme AND " + filters, order, ", t.rank AS term_rank", outer,
                "directory_term t, LATERAL (SELECT 1 FROM specialist s WHERE s.id = t.specialist_id AND " + filters + " OFFSET 0) s",
                "t.lexeme = :lexeme", "NOT " + FEATURED);
    }

    @Override
    @Transactional
    public Page<DirectoryItem> search(DirectoryQuery query) {
        limitStatementTime();
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder filters = new StringBuilder(VISIBLE);
        arrayContains(filters, params, "specialties", "specialty", query.specialty());
        arrayContains(filters, params, "approaches", "approach", query.approach());
        arrayContains(filters, params, "languages", "language", query.language());
        arrayContains(filters, params, "session_formats", "format", query.format());
        if (query.country() != null) {
            filters.append(" AND s.country = :country");
            params.put("country", query.country());
        }
        if (query.city() != null) {
            filters.append(" AND lower(s.city) = :city");
            params.put("city", query.city().toLowerCase(Locale.ROOT));
        }
        if (query.near() != null) {
            DirectoryQuery.Near near = query.near();
            params.put("originLat", near.lat());
            params.put("originLon", near.lon());
            // The straight line through the earth between two points radiusKm apart on its surface.
            params.put("chord", 2 * EARTH_RADIUS_M * Math.sin(near.radiusKm() * 1000.0 / (2 * EARTH_RADIUS_M)));
            // 1 km of slack: the gazetteer's and the database's arithmetic may differ in the last digits; the
            // statement's own distance check decides.
            long[] places = gazetteer.within(near.lat(), near.lon(), near.radiusKm(), 1, MAX_NEAR_PLACES);
            String within = WITHIN_RADIUS;
            if (places != null) {
                within = WITHIN_PLACES;
                params.put("nearPlaces", Arrays.stream(places).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}")));
            }
            if (near.onlineLicensedIn() == null) {
                filters.append(" AND ").append(within);
            } else {
                filters.append(" AND (").append(within)
                        .append(" OR (s.session_formats @> cast(array['online'] as text[]) AND s.licence_country = :onlineCountry))");
                params.put("onlineCountry", near.onlineLicensedIn());
            }
        }
        if (query.currency() != null) {
            filters.append(" AND s.fee_currency = :currency");
            params.put("currency", query.currency());
        }
        if (query.reducedFee()) {
            filters.append(" AND s.reduced_fee_available");
        }
        if (query.maxFee() != null) {
            filters.append(" AND s.fee_amount <= :maxFee");
            params.put("maxFee", query.maxFee());
        }
        Instant now = Instant.now();
        if (query.verifiedOnly()) {
            filters.append(" AND ").append(VERIFIED);
        }
        if (query.freeConsultation()) {
            filters.append(" AND EXISTS (SELECT 1 FROM directory_open_slot o WHERE ").append(OPEN_SLOT.formatted(":freeUntil")).append(")");
            params.put("earliest", bookable.earliest(now));
            params.put("freeUntil", now.plus(booking.freeConsultationWindow()));
        }
        if (query.waitlistOpen()) {
            // No bookable slot in the same window: the profile offers "Join the waitlist" instead.
            filters.append(" AND NOT EXISTS (SELECT 1 FROM directory_open_slot o WHERE ").append(OPEN_SLOT.formatted(":freeUntil")).append(")");
            params.put("earliest", bookable.earliest(now));
            params.put("freeUntil", now.plus(booking.freeConsultationWindow()));
        }

        Source source;
        if (query.q() == null) {
            source = Source.profiles(filters.toString(), orderBy(query, false));
        } else {
            Text text = text(query.q());
            if (text == null) {
                return new Page<>(List.of(), query.page(), query.size(), 0); // no searchable word in q
            }
            String matching = filters + " AND s.search_vector @@ to_tsquery('english', :tsq)";
            params.put("tsq", text.tsQuery());
            if (query.sort() == DirectoryQuery.Sort.RELEVANCE && text.postedLexemes() != null) {
                if (text.postedLexemes().isEmpty()) {
                    return new Page<>(List.of(), query.page(), query.size(), 0); // no visible profile has the word
                }
                if (text.postedLexemes().size() == 1) {
                    // One word (or a word and its correction, only one of which any profile has): the
                    // matches are exactly that lexeme's postings, already ranked in the index.
                    params.put("lexeme", text.postedLexemes().get(0));
                    if (filters.toString().equals(VISIBLE)) {
                        return page(query, postings(VISIBLE), matching, params, now, null);
                    }
                    // With filters, walking the postings pays one profile lookup per posting until a page is
                    // found, and counting pays one per posting: a common word near Berlin checked 8,333 postings
                    // for 625 matches (71 ms at 100,000 profiles). The profiles that have the word and pass the
                    // filters are counted by their indexes together instead (bitmap AND: 3 ms), and when there
                    // are few of them (counted exactly) the page is chosen among them; only a broad match set, in
                    // which a page of postings is found after a few lookups, walks the postings.
                    return page(query, postings(filters.toString()), matching, params, now,
                            Source.profiles(matching, orderBy(query, true)));
                }
            }
            source = Source.profiles(matching, orderBy(query, true));
        }
        return page(query, source, source.where(), params, now, null);
    }

    /**
     * Counts (up to the limit), then cuts the page: in the default order the featured matches first
     * (rotated daily; selected by {@code featuredWhere} over profiles), then the rest in {@code source}'s order.
     * {@code narrow} (or null): the same matches as profiles, which counts them and, when they are few, orders them.
     */
    private Page<DirectoryItem> page(DirectoryQuery query, Source source, String featuredWhere, Map<String, Object> params,
            Instant now, Source narrow) {
        // Count at most countLimit + 1 matches: the cost stays flat however broad the search and however
        // large the directory (an exact count of a broad word at 100,000 profiles reads ~25,000 rows).
        Source counting = narrow == null ? source : narrow;
        long counted = ((Number) query("SELECT count(*) FROM (SELECT 1 FROM " + counting.countFrom() + " WHERE "
                + counting.countWhere() + " LIMIT " + (config.countLimit() + 1) + ") matches", params).getSingleResult()).longValue();
        boolean exact = counted <= config.countLimit();
        if (exact && narrow != null) {
            source = narrow; // few matches: chosen among them, not by walking the postings
        }
        long total = Math.min(counted, config.countLimit());
        if (total == 0 || (exact && (long) query.page() * query.size() >= total)) {
            return new Page<>(List.of(), query.page(), query.size(), total, exact);
        }

        if (exact) {
            source = source.collectedFirst();
        }
        Map<String, Object> selectParams = new LinkedHashMap<>(params);
        selectParams.put("earliest", bookable.earliest(now));
        selectParams.put("horizon", bookable.latest(now));
        long offset = (long) query.page() * query.size();
        if (!query.defaultOrder()) {
            return new Page<>(items(select(source, selectParams, query.size(), offset)), query.page(), query.size(), total, exact);
        }
        // Default order: featured specialists first, then the rest. Two statements instead of one ORDER BY
        // "featured DESC, ...": the featured set is small, and without the featured term the rest can be
        // read in index order and stop after one page, instead of sorting every match (docs/benchmarks.md).
        List<Object[]> featured = select(Source.profiles(featuredWhere + " AND " + FEATURED, ROTATION + ", s.id"), selectParams,
                MAX_FEATURED, 0);
        if (featured.size() == MAX_FEATURED) {
            // More featured matches than one lead block holds (not expected): one statement sorts them all.
            String order = "(" + FEATURED + ") DESC, CASE WHEN " + FEATURED + " THEN " + ROTATION + " END, " + orderBy(query, query.q() != null);
            return new Page<>(items(select(Source.profiles(featuredWhere, order), selectParams, query.size(), offset)),
                    query.page(), query.size(), total, exact);
        }
        List<Object[]> rows = new ArrayList<>();
        if (offset < featured.size()) {
            rows.addAll(featured.subList((int) offset, (int) Math.min(featured.size(), offset + query.size())));
        }
        int missing = query.size() - rows.size();
        if (missing > 0) {
            rows.addAll(select(source.notFeaturedNow(), selectParams, missing, Math.max(0, offset - featured.size())));
        }
        return new Page<>(items(rows), query.page(), query.size(), total, exact);
    }

    /**
     * {@code sort=soonest} over a large match set: instead of computing every match's next free slot and
     * sorting them all, walk the open slots in time order (directory_open_slot_time_idx), keep each specialist's
     * first one (its next free slot) and stop after one page; the specialists without a free slot follow,
     * by name (NULLS LAST). Same order as computing and sorting, at the cost of one page.
     */
    private List<Object[]> soonest(String where, Map<String, Object> params, int limit, long offset) {
        String firstOpenSlots = """
                SELECT o.specialist_id, o.starts_at AS next_free FROM directory_open_slot o
                WHERE %s
                  AND NOT EXISTS (SELECT 1 FROM directory_open_slot p WHERE p.specialist_id = o.specialist_id
                                  AND %s)""".formatted(BookableSlots.window("o", ":horizon"), BookableSlots.window("p", "o.starts_at"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = new ArrayList<>(query(itemColumns(params) + """
                FROM (SELECT s.*, f.next_free FROM (%s) f JOIN specialist s ON s.id = f.specialist_id
                      WHERE %s
                      ORDER BY f.next_free, lower(s.display_name), s.id LIMIT :limit OFFSET :offset) s
                ORDER BY s.next_free, lower(s.display_name), s.id""".formatted(firstOpenSlots, where), params)
                .setParameter("limit", limit).setParameter("offset", offset).getResultList());
        if (rows.size() == limit) {
            return rows;
        }
        long withSlot = !rows.isEmpty() ? offset + rows.size()
                : ((Number) query("SELECT count(*) FROM specialist s WHERE " + where
                        + " AND EXISTS (SELECT 1 FROM directory_open_slot o WHERE " + OPEN_SLOT.formatted(":horizon") + ")", params)
                        .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> without = query(itemColumns(params) + """
                FROM (SELECT s.* FROM specialist s
                      WHERE %s AND NOT EXISTS (SELECT 1 FROM directory_open_slot o WHERE %s)
                      ORDER BY lower(s.display_name), s.id LIMIT :limit OFFSET :offset) s
                ORDER BY lower(s.display_name), s.id""".formatted(where, OPEN_SLOT.formatted(":horizon")), params)
                .setParameter("limit", limit - rows.size()).setParameter("offset", Math.max(0, offset + rows.size() - withSlot))
                .getResultList();
        rows.addAll(without);
        return rows;
    }

    private List<Object[]> select(Source source, Map<String, Object> params, int limit, long offset) {
        if (source.innerOrder().startsWith("next_free_slot") && source.from().equals(PROFILES)) {
            return soonest(source.where(), params, limit, offset);
        }
        // The page is chosen in a subquery as ids only, then joined to the profiles, so the card columns
        // (next_free_slot is a subquery per row) are computed for the page's rows only, and a deep page skips
        // entries of an index that holds everything the choice needs (specialist_listed_name_idx, V71;
        // directory_term_order_idx) instead of reading a profile for every skipped row: page 4,950 of the
        // default list at 100,000 profiles 114 → 12 ms (docs/benchmarks.md, "Deep pages").
        // Ordering by next_free_slot needs it for every match, so that order cannot use the subquery.
        String sql = source.innerOrder().contains("next_free_slot")
                ? itemColumns(params) + """
                    FROM %s
                    WHERE %s
                    ORDER BY %s
                    LIMIT :limit OFFSET :offset""".formatted(source.from(), source.where(), source.innerOrder())
                : itemColumns(params) + """
                    FROM (SELECT %s AS id%s FROM %s WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset) p
                    JOIN specialist s ON s.id = p.id
                    ORDER BY %s""".formatted(source.id(), source.extraColumns(), source.from(), source.where(),
                        source.innerOrder(), source.outerOrder());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, params)
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return rows;
    }

    @Override
    @Transactional
    public List<DirectoryItem> featured() {
        limitStatementTime();
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(itemColumns(Map.of()) + """
                FROM specialist s
                WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND %s
                ORDER BY %s""".formatted(FEATURED, ROTATION))
                .setParameter("earliest", bookable.earliest(now))
                .setParameter("horizon", bookable.latest(now))
                .getResultList();
        return items(rows);
    }

    /** The rest of this transaction's statements are cancelled (SQLState 57014 → 503) past the timeout. */
    private void limitStatementTime() {
        em.createNativeQuery("SELECT set_config('statement_timeout', ?1, true)")
                .setParameter(1, String.valueOf(config.statementTimeout().toMillis()))
                .getSingleResult();
    }

    private List<DirectoryItem> items(List<Object[]> rows) {
        List<DirectoryItem> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            BigDecimal feeAmount = (BigDecimal) row[10];
            items.add(new DirectoryItem(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    split(row[5]), split(row[6]), split(row[7]), (String) row[8], (String) row[9],
                    feeAmount == null ? null : new Fee(feeAmount, (String) row[11]), SqlValues.instant(row[12]),
                    Boolean.TRUE.equals(row[13]), Boolean.TRUE.equals(row[14]), specialists.shareUrl(id),
                    row[19] == null ? null : ((Number) row[19]).intValue(),
                    new ReducedFee(Boolean.TRUE.equals(row[15]), (String) row[16]), true, (String) row[17], null,
                    headlines((String) row[18])));
        }
        return items;
    }

    /**
     * The chosen order, and the id last so that pages never overlap or skip rows between requests. (In the
     * default order, {@link #search} puts the featured specialists, rotated daily, before these rows.)
     */
    private static String orderBy(DirectoryQuery query, boolean hasText) {
        List<String> order = new ArrayList<>();
        switch (query.sort()) {
            case RELEVANCE -> order.add(hasText ? "ts_rank(s.search_vector, to_tsquery('english', :tsq)) DESC" : "lower(s.display_name)");
            case FEE -> order.add("s.fee_amount ASC NULLS LAST");
            case SOONEST -> order.add("next_free_slot ASC NULLS LAST");
            // Nearest first (specialist_place_point_idx); profiles without a place (included
            // online) last.
            case DISTANCE -> order.add(PLACE_POINT + " <-> " + ORIGIN_POINT);
            case NAME -> { }
        }
        order.add("lower(s.display_name)");
        order.add("s.id");
        return String.join(", ", order);
    }

    /**
     * The text part of a search: {@code tsQuery} for to_tsquery, and, when q is one word, the lexemes of
     * that word and its correction that visible profiles have (null for several words).
     */
    record Text(String tsQuery, List<String> postedLexemes) {
    }

    /**
     * Builds an AND of the query's words, each word OR its closest known spelling, e.g.
     * {@code "anxeity berlin"} → {@code (anxeity | anxiety) & berlin}. Words are letters only, so the
     * result is safe to hand to {@code to_tsquery}. Null when q holds no word at all.
     */
    Text text(String q) {
        String[] words = Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty() && w.length() <= 100)
                .distinct()
                .limit(10)
                .toArray(String[]::new);
        if (words.length == 0) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> corrections = em.createNativeQuery(CORRECTION_SQL).setParameter(1, words).getResultList();
        List<String> terms = new ArrayList<>();
        List<String> spellings = new ArrayList<>();
        for (Object[] row : corrections) {
            String word = (String) row[0];
            String closest = (String) row[1];
            boolean corrected = closest != null && !closest.equals(word);
            terms.add(corrected ? "(" + word + " | " + closest + ")" : word);
            spellings.add(word);
            if (corrected) {
                spellings.add(closest);
            }
        }
        List<String> posted = null;
        if (words.length == 1) {
            @SuppressWarnings("unchecked")
            List<String> lexemes = em.createNativeQuery(POSTED_LEXEMES_SQL).setParameter(1, String.join(" ", spellings))
                    .getResultList();
            posted = lexemes;
        }
        return new Text(String.join(" & ", terms), posted);
    }

    private static void arrayContains(StringBuilder where, Map<String, Object> params, String column, String name,
            String value) {
        if (value != null) {
            // @> keeps the GIN index on the array column usable.
            where.append(" AND s.").append(column).append(" @> cast(array[:").append(name).append("] as text[])");
            params.put(name, value);
        }
    }

    /** A native query with those of {@code params} that it uses (a search's statements use different subsets). */
    private Query query(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (usesParameter(sql, name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /** The translated headlines as read by {@link #HEADLINE_TRANSLATIONS}. */
    private Map<String, String> headlines(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return objectMapper.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable translations from the database", e);
        }
    }

    /** Whether {@code sql} names {@code :name} (not a longer name starting with it); no regular expression per call. */
    static boolean usesParameter(String sql, String name) {
        String marker = ":" + name;
        for (int at = sql.indexOf(marker); at >= 0; at = sql.indexOf(marker, at + 1)) {
            int end = at + marker.length();
            if (end == sql.length() || !(Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(Object joined) {
        return joined == null || joined.toString().isEmpty() ? List.of() : List.of(joined.toString().split(","));
    }
}

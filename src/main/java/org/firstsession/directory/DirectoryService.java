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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.firstsession.booking.BookingConfig;
import org.firstsession.shared.Page;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.SpecialistRequest.Fee;
import org.firstsession.specialist.SpecialistService;

import io.micrometer.core.annotation.Timed;

/**
 * The public directory: one SQL statement over published profiles, with PostgreSQL full-text search
 * (weighted tsvector, GIN index) and trigram correction of misspelt words.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryService {

    /** Words this far apart (pg_trgm similarity below 0.3) are not taken as misspellings of each other. */
    private static final String CORRECTION_SQL = """
            SELECT w.word,
                   (SELECT sw.word FROM search_word sw
                     WHERE sw.word % w.word ORDER BY sw.word <-> w.word, sw.word LIMIT 1)
            FROM unnest(cast(?1 as text[])) WITH ORDINALITY AS w(word, n)
            ORDER BY w.n""";

    /** Open (not withdrawn, not booked) slots of specialist {@code s} that can be booked now. */
    private static final String BOOKABLE_SLOT = """
            sl.specialist_id = s.id AND sl.withdrawn_at IS NULL
            AND sl.starts_at >= :earliest AND sl.starts_at < %s
            AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED')""";

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

    /** What a directory card needs (read by {@link #items}); bind :earliest and :horizon. */
    private static final String ITEM_COLUMNS = """
            SELECT s.id, s.display_name, s.professional_title, s.headline, s.photo_url,
                   array_to_string(s.specialties, ','), array_to_string(s.languages, ','),
                   array_to_string(s.session_formats, ','), s.city, s.country, s.fee_amount, s.fee_currency,
                   (SELECT min(sl.starts_at) FROM slot sl WHERE %s) AS next_free_slot,
                   %s AS verified, %s AS featured
            """.formatted(BOOKABLE_SLOT.formatted(":horizon"), VERIFIED, FEATURED);

    private final EntityManager em;
    private final SpecialistService specialists;
    private final BookingConfig booking;
    private final DirectoryConfig config;

    DirectoryService(EntityManager em, SpecialistService specialists, BookingConfig booking, DirectoryConfig config) {
        this.em = em;
        this.specialists = specialists;
        this.booking = booking;
        this.config = config;
    }

    /** Timed as firstsession_directory_search_seconds{backend} with histogram buckets (the search alert's p99). */
    @Timed(value = "firstsession.directory.search", histogram = true, extraTags = { "backend", "postgresql" },
            description = "Directory searches")
    public Page<DirectoryItem> search(DirectoryQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("s.status = 'PUBLISHED' AND s.suspended_at IS NULL");
        String tsQuery = query.q() == null ? null : toTsQuery(query.q());
        if (query.q() != null && tsQuery == null) {
            return new Page<>(List.of(), query.page(), query.size(), 0); // no searchable word in q
        }
        if (tsQuery != null) {
            where.append(" AND s.search_vector @@ to_tsquery('english', :tsq)");
            params.put("tsq", tsQuery);
        }
        arrayContains(where, params, "specialties", "specialty", query.specialty());
        arrayContains(where, params, "approaches", "approach", query.approach());
        arrayContains(where, params, "languages", "language", query.language());
        arrayContains(where, params, "session_formats", "format", query.format());
        if (query.country() != null) {
            where.append(" AND s.country = :country");
            params.put("country", query.country());
        }
        if (query.city() != null) {
            where.append(" AND lower(s.city) = :city");
            params.put("city", query.city().toLowerCase(Locale.ROOT));
        }
        if (query.maxFee() != null) {
            where.append(" AND s.fee_amount <= :maxFee");
            params.put("maxFee", query.maxFee());
        }
        Instant now = Instant.now();
        if (query.verifiedOnly()) {
            where.append(" AND ").append(VERIFIED);
        }
        if (query.freeConsultation()) {
            where.append(" AND EXISTS (SELECT 1 FROM slot sl WHERE ").append(BOOKABLE_SLOT.formatted(":freeUntil")).append(")");
            params.put("earliest", now.plus(booking.minimumNotice()));
            params.put("freeUntil", now.plus(booking.freeConsultationWindow()));
        }

        Map<String, Object> selectParams = new LinkedHashMap<>(params);
        selectParams.put("earliest", now.plus(booking.minimumNotice()));
        selectParams.put("horizon", now.plus(booking.horizon()));
        boolean hasText = tsQuery != null;
        long offset = (long) query.page() * query.size();
        if (hasText && query.sort() == DirectoryQuery.Sort.RELEVANCE) {
            Page<DirectoryItem> ranked = ranked(query, where.toString(), params, selectParams, offset);
            if (ranked != null) {
                return ranked;
            }
        }

        // Count at most countLimit + 1 matches: the cost stays flat however broad the search and however
        // large the directory (an exact count of a broad word at 100,000 profiles reads ~25,000 rows).
        long counted = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM specialist s WHERE "
                + where + " LIMIT " + (config.countLimit() + 1) + ") matches"), params).getSingleResult()).longValue();
        boolean exact = counted <= config.countLimit();
        long total = Math.min(counted, config.countLimit());
        if (total == 0 || (exact && (long) query.page() * query.size() >= total)) {
            return new Page<>(List.of(), query.page(), query.size(), total, exact);
        }

        if (!query.defaultOrder()) {
            return new Page<>(items(select(where.toString(), orderBy(query, hasText), selectParams, query.size(), offset)),
                    query.page(), query.size(), total, exact);
        }
        // Default order: featured specialists first, then the rest. Two statements instead of one ORDER BY
        // "featured DESC, ...": the featured set is small, and without the featured term the rest can be
        // read in index order (lower(display_name), id) and stop after one page, instead of sorting every
        // match (a sequential scan and a sort of all published profiles at 100,000; see docs/benchmarks.md).
        List<Object[]> featured = featuredBlock(where.toString(), selectParams);
        if (featured.size() == MAX_FEATURED) {
            // More featured matches than one lead block holds (not expected): one statement sorts them all.
            String order = "(" + FEATURED + ") DESC, CASE WHEN " + FEATURED + " THEN " + ROTATION + " END, " + orderBy(query, hasText);
            return new Page<>(items(select(where.toString(), order, selectParams, query.size(), offset)), query.page(),
                    query.size(), total, exact);
        }
        PageRows page = featuredThenRest(featured, where + " AND NOT " + FEATURED, orderBy(query, hasText), selectParams,
                query.size(), offset, false);
        return new Page<>(items(page.rows()), query.page(), query.size(), total, exact);
    }

    /** The featured matches in today's rotation (at most {@link #MAX_FEATURED}). */
    private List<Object[]> featuredBlock(String where, Map<String, Object> selectParams) {
        return select(where + " AND " + FEATURED, ROTATION + ", s.id", selectParams, MAX_FEATURED, 0);
    }

    /** One page's rows: those of {@code featured} it covers, then the rest of the page from {@code restWhere}. */
    private record PageRows(List<Object[]> rows, List<Object[]> rest) {
    }

    private PageRows featuredThenRest(List<Object[]> featured, String restWhere, String restOrder,
            Map<String, Object> selectParams, int size, long offset, boolean withTotal) {
        List<Object[]> rows = new ArrayList<>();
        if (offset < featured.size()) {
            rows.addAll(featured.subList((int) offset, (int) Math.min(featured.size(), offset + size)));
        }
        int missing = size - rows.size();
        List<Object[]> rest = missing > 0
                ? select(restWhere, restOrder, selectParams, missing, Math.max(0, offset - featured.size()), withTotal)
                : List.of();
        rows.addAll(rest);
        return new PageRows(rows, rest);
    }

    /**
     * A text search in relevance order. Ranking reads every match anyway, so the statement that ranks them
     * also counts them ({@code count(*) OVER ()}): no separate count, and the total is exact. Null when
     * this path does not apply (a featured block larger than {@link #MAX_FEATURED}).
     */
    private Page<DirectoryItem> ranked(DirectoryQuery query, String where, Map<String, Object> params,
            Map<String, Object> selectParams, long offset) {
        List<Object[]> featured = query.defaultOrder() ? featuredBlock(where, selectParams) : List.of();
        if (featured.size() == MAX_FEATURED) {
            return null;
        }
        String restWhere = query.defaultOrder() ? where + " AND NOT " + FEATURED : where;
        PageRows page = featuredThenRest(featured, restWhere, orderBy(query, true), selectParams, query.size(), offset, true);
        long restTotal = page.rest().isEmpty()
                // the page lies past the matches, or inside the featured block: count the rest once
                ? ((Number) bind(em.createNativeQuery("SELECT count(*) FROM specialist s WHERE " + restWhere), params)
                        .getSingleResult()).longValue()
                : ((Number) page.rest().get(0)[ITEM_COLUMN_COUNT]).longValue();
        return new Page<>(items(page.rows()), query.page(), query.size(), featured.size() + restTotal, true);
    }

    /** The columns {@link #items} reads; a "with total" select adds the number of all matches after them. */
    private static final int ITEM_COLUMN_COUNT = 15;

    private List<Object[]> select(String where, String orderBy, Map<String, Object> params, int limit, long offset) {
        return select(where, orderBy, params, limit, offset, false);
    }

    private List<Object[]> select(String where, String orderBy, Map<String, Object> params, int limit, long offset,
            boolean withTotal) {
        // The page is chosen in a subquery, so the card columns (next_free_slot is a subquery per row) are
        // computed for the page's rows only, not for every row the OFFSET skips or the sort considers.
        // Ordering by next_free_slot needs it for every match, so that order cannot use the subquery.
        String sql = orderBy.contains("next_free_slot")
                ? ITEM_COLUMNS + """
                    FROM specialist s
                    WHERE %s
                    ORDER BY %s
                    LIMIT :limit OFFSET :offset""".formatted(where, orderBy)
                : ITEM_COLUMNS + (withTotal ? ", s.total_matches\n" : "") + """
                    FROM (SELECT *%s FROM specialist s WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset) s
                    ORDER BY %s""".formatted(withTotal ? ", count(*) OVER () AS total_matches" : "", where, orderBy, orderBy);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), params)
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return rows;
    }

    /** Featured, public specialists in today's rotation order. */
    public List<DirectoryItem> featured() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ITEM_COLUMNS + """
                FROM specialist s
                WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND %s
                ORDER BY %s""".formatted(FEATURED, ROTATION))
                .setParameter("earliest", now.plus(booking.minimumNotice()))
                .setParameter("horizon", now.plus(booking.horizon()))
                .getResultList();
        return items(rows);
    }

    private List<DirectoryItem> items(List<Object[]> rows) {
        List<DirectoryItem> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            BigDecimal feeAmount = (BigDecimal) row[10];
            items.add(new DirectoryItem(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    split(row[5]), split(row[6]), split(row[7]), (String) row[8], (String) row[9],
                    feeAmount == null ? null : new Fee(feeAmount, (String) row[11]), SqlValues.instant(row[12]),
                    Boolean.TRUE.equals(row[13]), Boolean.TRUE.equals(row[14]), specialists.shareUrl(id)));
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
            case NAME -> { }
        }
        order.add("lower(s.display_name)");
        order.add("s.id");
        return String.join(", ", order);
    }

    /**
     * Builds an AND of the query's words, each word OR its closest known spelling, e.g.
     * {@code "anxeity berlin"} → {@code (anxeity | anxiety) & berlin}. Words are letters only, so the
     * result is safe to hand to {@code to_tsquery}. Null when q holds no word at all.
     */
    String toTsQuery(String q) {
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
        for (Object[] row : corrections) {
            String word = (String) row[0];
            String closest = (String) row[1];
            terms.add(closest == null || closest.equals(word) ? word : "(" + word + " | " + closest + ")");
        }
        return String.join(" & ", terms);
    }

    private static void arrayContains(StringBuilder where, Map<String, Object> params, String column, String name,
            String value) {
        if (value != null) {
            // @> keeps the GIN index on the array column usable.
            where.append(" AND s.").append(column).append(" @> cast(array[:").append(name).append("] as text[])");
            params.put(name, value);
        }
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static List<String> split(Object joined) {
        return joined == null || joined.toString().isEmpty() ? List.of() : List.of(joined.toString().split(","));
    }
}

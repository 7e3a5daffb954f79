package org.firstsession.directory.opensearch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.directory.PostgresDirectorySearch;
import org.firstsession.shared.persistence.SqlValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds the index documents of specialists from the tables, at indexing time (the outbox holds only ids).
 * A specialist the directory does not list (draft, unpublished, suspended, erased) has no document: the
 * indexer deletes it from the index.
 */
@ApplicationScoped
class SearchDocuments {

    /**
     * A profile's open slots kept in its document (the soonest; the booking horizon holds far fewer), each with
     * the end of its waitlist hold if it has one: the search compares that with its own time, as it does the
     * start with the booking notice, so a hold running out needs no reindexing (taking or ending one does: V67).
     */
    static final int MAX_SLOTS = 500;

    /** No end: a feature or licence check without an end date. */
    static final long FOREVER_MILLIS = 253_402_300_799_000L; // 9999-12-31T23:59:59Z

    private final EntityManager em;
    private final ObjectMapper json;

    SearchDocuments(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The documents of those of {@code ids} the directory lists, by id. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Map<UUID, Map<String, Object>> build(Collection<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, s.display_name, s.professional_title, s.headline, s.bio, s.photo_url,
                       array_to_string(s.specialties, ','), array_to_string(s.approaches, ','),
                       array_to_string(s.languages, ','), array_to_string(s.session_formats, ','),
                       s.city, s.country, s.fee_amount, s.fee_currency,
                       CASE WHEN s.verification_status = 'VERIFIED'
                            THEN coalesce(s.verification_valid_until, DATE '9999-12-31')::text END,
                       s.featured_at, s.featured_until,
                       (SELECT string_agg((extract(epoch FROM x.starts_at) * 1000)::bigint::text || ':'
                                          || coalesce((extract(epoch FROM x.held_until) * 1000)::bigint::text, ''),
                                          ',' ORDER BY x.starts_at)
                        FROM (SELECT o.starts_at, h.held_until FROM directory_open_slot o
                              LEFT JOIN slot_hold h ON h.slot_id = o.slot_id AND h.held_until > now()
                              WHERE o.specialist_id = s.id AND o.starts_at > now()
                              ORDER BY o.starts_at LIMIT %d) x),
                       s.place_lat, s.place_lon, s.licence_country, s.reduced_fee_available, s.reduced_fee_note,
                       s.text_language, %s, specialist_translated(s.translations, 'headline'),
                       specialist_translated(s.translations, 'bio')
                FROM specialist s
                WHERE s.id = ANY (cast(?1 as uuid[])) AND s.status = 'PUBLISHED' AND s.suspended_at IS NULL"""
                .formatted(MAX_SLOTS, PostgresDirectorySearch.HEADLINE_TRANSLATIONS))
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, Map<String, Object>> documents = new LinkedHashMap<>();
        for (Object[] row : rows) {
            documents.put((UUID) row[0], document(row));
        }
        return documents;
    }

    private Map<String, Object> document(Object[] row) {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<String> specialties = split(row[6]);
        doc.put("id", row[0].toString());
        doc.put("name", row[1]);
        // Specialty codes as words ("grief-loss" → "grief loss"), like the PostgreSQL search document.
        doc.put("tags", String.join(" ", specialties).replace('-', ' ').replace('_', ' '));
        doc.put("professionalTitle", row[2]);
        doc.put("headline", row[3]);
        // The bio is searched, never shown from the index: the translations' bios are searched with it (V79).
        doc.put("bio", join((String) row[4], (String) row[26]));
        // The translated headlines: searched like the headline (translatedHeadlines), shown from headlineTranslations.
        doc.put("translatedHeadlines", row[25]);
        doc.put("headlineTranslations", headlines((String) row[24]));
        doc.put("textLanguage", row[23]);
        doc.put("photoUrl", row[5]);
        doc.put("specialties", specialties);
        doc.put("approaches", split(row[7]));
        doc.put("languages", split(row[8]));
        doc.put("sessionFormats", split(row[9]));
        doc.put("city", row[10]);
        doc.put("country", row[11]);
        doc.put("feeAmount", row[12] == null ? null : ((BigDecimal) row[12]).toPlainString());
        doc.put("feeCurrency", row[13]);
        doc.put("verifiedThrough", row[14]);
        Instant featuredAt = SqlValues.instant(row[15]);
        Instant featuredUntil = SqlValues.instant(row[16]);
        doc.put("featuredUntil", featuredAt == null ? null : featuredUntil == null ? FOREVER_MILLIS : featuredUntil.toEpochMilli());
        List<Map<String, Object>> slots = new ArrayList<>();
        for (String slot : split(row[17])) {
            // "start:heldUntil", heldUntil empty when nobody holds the slot (booking.BookableSlots#hold).
            String[] parts = slot.split(":", -1);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("startsAt", Long.parseLong(parts[0]));
            if (!parts[1].isEmpty()) {
                item.put("heldUntil", Long.parseLong(parts[1]));
            }
            slots.add(item);
        }
        doc.put("slots", slots);
        // The centre of the profile's place (V76), for geo_distance; never an address.
        if (row[18] != null && row[19] != null) {
            doc.put("location", Map.of("lat", ((Number) row[18]).doubleValue(), "lon", ((Number) row[19]).doubleValue()));
        }
        doc.put("licenceCountry", row[20]);
        doc.put("currency", row[13]); // feeCurrency again, searchable (feeCurrency is stored only)
        doc.put("reducedFee", Boolean.TRUE.equals(row[21]));
        doc.put("reducedFeeNote", row[22]);
        return doc;
    }

    private static String join(String original, String translated) {
        return translated == null || translated.isEmpty() ? original : original == null ? translated : original + "\n" + translated;
    }

    private Map<String, String> headlines(String object) {
        try {
            return object == null ? Map.of() : json.readValue(object, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable translations from the database", e);
        }
    }

    private static List<String> split(Object joined) {
        return joined == null || joined.toString().isEmpty() ? List.of() : Arrays.asList(joined.toString().split(","));
    }
}

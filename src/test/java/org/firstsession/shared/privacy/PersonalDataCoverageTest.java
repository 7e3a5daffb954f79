package org.firstsession.shared.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every text column of the schema is either about a person, and then some feature's {@link PersonalData}
 * contribution exports and erases it, or on the reviewed list below of columns that hold nothing about a
 * person. A new column that is neither fails here, so a feature cannot add personal text that export
 * and erasure forget.
 */
@QuarkusTest
class PersonalDataCoverageTest {

    /** Reviewed: codes, states, enums, hashes and technical values; never text written by or about a person. */
    static final Map<String, String> NOT_PERSONAL = Map.ofEntries(
            Map.entry("account.issuer", "the identity provider's URL, the same for everyone"),
            Map.entry("specialist.status", "state"),
            Map.entry("specialist.specialties", "taxonomy codes"),
            Map.entry("specialist.approaches", "taxonomy codes"),
            Map.entry("specialist.languages", "ISO 639-1 codes"),
            Map.entry("specialist.text_language", "ISO 639-1 code: the language of headline and bio (their translations,"
                    + " jsonb, are erased with them by SpecialistPersonalData)"),
            Map.entry("specialist.session_formats", "codes"),
            Map.entry("specialist.country", "ISO 3166-1 code"),
            Map.entry("specialist.time_zone", "IANA zone of the practice"),
            Map.entry("specialist.video_rooms", "GENERATED or OWN_LINK: a setting"),
            Map.entry("calendar_feed.secret_hash", "SHA-256 of a random secret"),
            Map.entry("busy_calendar.last_error", "our own message about the last failed fetch (an HTTP status, a"
                    + " timeout, the size cap), never the feed's text or the address"),
            Map.entry("specialist.fee_currency", "ISO 4217 code"),
            Map.entry("specialist.licence_country", "ISO 3166-1 code"),
            Map.entry("specialist.verification_status", "state"),
            Map.entry("booking.status", "state"),
            Map.entry("booking.session_format", "code"),
            Map.entry("booking.cancelled_by", "side"),
            Map.entry("booking_change.kind", "CANCEL or RESCHEDULE (counts for the daily caps)"),
            Map.entry("waitlist_offer.status", "state"),
            Map.entry("booking_reminder.before_start", "which reminder (an ISO duration such as PT24H)"),
            Map.entry("specialist_photo.content_type", "image/jpeg, always (the photo itself is bytea, exported and erased by PhotoPersonalData)"),
            Map.entry("idempotency_key.request_hash", "SHA-256 of the request"),
            Map.entry("email_outbox.message_id", "deterministic ids (booking id, event, side)"),
            Map.entry("email_outbox.ics_method", "REQUEST or CANCEL"),
            Map.entry("email_outbox.status", "state"),
            Map.entry("email_outbox.last_error", "the error's type, never content or address"),
            Map.entry("conversation.opened_by", "side"),
            Map.entry("conversation.blocked_by", "side"),
            Map.entry("message.sender", "side"),
            Map.entry("report.subject_type", "code"),
            Map.entry("report.status", "state"),
            Map.entry("contact_request.status", "state"),
            Map.entry("question.topic", "taxonomy code"),
            Map.entry("article.status", "state"),
            Map.entry("article.topics", "taxonomy codes"),
            Map.entry("consent.purpose", "code"),
            Map.entry("consent.wording_version", "version of our own text"),
            Map.entry("consent.language", "code"),
            Map.entry("audit_log.actor_issuer", "the identity provider's URL"),
            Map.entry("audit_log.actor_subject", "the provider's pseudonymous subject: kept on purpose (README, Privacy);"
                    + " an erased account gets a new subject, so it no longer leads to a person"),
            Map.entry("audit_log.action", "code"),
            Map.entry("audit_log.object_type", "code"),
            Map.entry("audit_log.outcome", "code"),
            Map.entry("audit_log.detail", "short detail without personal text (AuditLog)"),
            Map.entry("encryption_key.id", "ids derived from our encryption keys"),
            Map.entry("search_sync.building_index", "name of a search index being built (alias + timestamp)"),
            Map.entry("content_search_outbox.kind", "article or question"),
            Map.entry("content_search_sync.kind", "article or question"),
            Map.entry("content_search_sync.building_index", "name of a search index being built (alias + timestamp)"),
            Map.entry("rate_limit_bucket.id", "kind, limit and a SHA-256 hash of a client address or account subject;"
                    + " the row is deleted within minutes, once the bucket is full again (shared.ratelimit)"));

    @Inject
    EntityManager em;

    @Inject
    @All
    List<PersonalData> contributions;

    @Test
    void every_text_column_about_a_person_belongs_to_a_contribution() {
        Set<String> textColumns = textColumns();
        Set<String> covered = contributions.stream().flatMap(c -> c.personalColumns().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> uncovered = new TreeSet<>(textColumns);
        uncovered.removeAll(covered);
        uncovered.removeAll(NOT_PERSONAL.keySet());
        assertEquals(Set.of(), uncovered, "text columns that no PersonalData contribution covers and that are not on"
                + " the reviewed list of non-personal columns: export, erase and (if private) encrypt them in the"
                + " feature that owns the table");
        // The lists stay true: nothing names a column that no longer exists.
        Set<String> stale = new TreeSet<>(covered);
        stale.addAll(NOT_PERSONAL.keySet());
        stale.removeAll(textColumns);
        assertEquals(Set.of(), stale, "listed columns that are not text columns of the schema");
        Set<String> both = new TreeSet<>(covered);
        both.retainAll(NOT_PERSONAL.keySet());
        assertEquals(Set.of(), both, "a column cannot be personal and not personal");
    }

    @Test
    void encrypted_columns_are_personal_columns_of_the_same_contribution() {
        for (PersonalData c : contributions) {
            for (EncryptedColumn column : c.encryptedColumns()) {
                assertTrue(c.personalColumns().contains(column.name()), c.getClass() + " encrypts " + column.name());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> textColumns() {
        List<String> names = em.createNativeQuery("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name <> 'flyway_schema_history'
                  AND (data_type IN ('text', 'character varying', 'character')
                       OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))""").getResultList();
        return new TreeSet<>(names);
    }
}

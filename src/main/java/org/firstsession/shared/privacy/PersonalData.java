package org.firstsession.shared.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A feature's share of the platform's personal data, implemented next to the feature's tables as an
 * {@code @ApplicationScoped} bean. Export, erasure, retention and key rotation find every implementation
 * (the way Quarkus gathers {@code HealthCheck} beans) and never reach into a feature's tables themselves,
 * so a new personal field is added in one place: its feature's contribution.
 *
 * <p>{@code PersonalDataCoverageTest} reads every text column from {@code information_schema} and fails
 * when one is neither listed in some contribution's {@link #personalColumns()} nor on its reviewed list
 * of columns that hold nothing about a person.
 */
public interface PersonalData {

    /**
     * My part of "everything held about this person": a record whose properties become top-level
     * properties of {@code GET /api/me/export}, or {@code null} when I hold nothing about them.
     */
    ExportPart export(DataSubject subject);

    /**
     * First step of an erasure, while every name and email still exists: end what involves other people
     * (upcoming consultations are cancelled and the other side is told). Most features have nothing to do.
     */
    default void release(DataSubject subject) {
    }

    /**
     * Removes the person's personal data from my tables, or replaces it with {@link #ERASED}; rows other
     * people's history needs may stay as tombstones without a name, email or text of theirs.
     */
    void erase(DataSubject subject);

    /** My columns encrypted with {@code FieldCipher}; key rotation re-encrypts each of them. */
    default List<EncryptedColumn> encryptedColumns() {
        return List.of();
    }

    /**
     * My retention rules, applied hourly: keeps less by purging what is no longer needed at {@code now}.
     * Returns how many rows each rule touched, by rule name.
     */
    default Map<String, Integer> applyRetention(Instant now) {
        return Map.of();
    }

    /**
     * The text columns ({@code table.column}) about a person that this contribution exports or
     * deliberately keeps, and erases: the coverage test checks every text column of the schema against
     * these lists.
     */
    Set<String> personalColumns();

    /** What erased text is replaced with where a row must stay. */
    String ERASED = "[deleted]";
}

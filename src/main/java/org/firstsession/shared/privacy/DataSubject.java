package org.firstsession.shared.privacy;

import java.util.UUID;

/**
 * The person an export or erasure is about, read once before any contribution runs (so an erasure's
 * later steps still know the name and email the earlier ones remove).
 *
 * @param accountId          the account
 * @param specialistId       their specialist profile, or {@code null}
 * @param displayName        their name as it was, or {@code null}
 * @param email              their email as it was, or {@code null}
 */
public record DataSubject(UUID accountId, UUID specialistId, String displayName, String email) {

    public boolean isSpecialist() {
        return specialistId != null;
    }
}

package org.firstsession.contact;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A contact request as admins see it. {@code message} is only in the single-request view, not in lists;
 * {@code closedAt} and {@code closedBy} (the admin's account id) only once it is closed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactRequestView(
        UUID id,
        ContactStatus status,
        String subject,
        String message,
        Sender sender,
        Instant createdAt,
        Instant closedAt,
        UUID closedBy) {

    /** The account that sent it; name and email as the identity provider last gave them. */
    public record Sender(UUID accountId, String displayName, String email) {
    }
}

package org.firstsession.contact;

import java.time.Instant;
import java.util.UUID;

/** What the sender gets back: proof that the request was received, nothing more. */
public record ContactReceipt(UUID id, ContactStatus status, Instant createdAt) {
}

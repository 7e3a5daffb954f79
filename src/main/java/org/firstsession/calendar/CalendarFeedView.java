package org.firstsession.calendar;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The specialist's calendar feed. Only a hash of its secret is stored, so {@code url} and {@code webcalUrl}
 * are in the answer that created the secret (the first GET, or a rotation) and nowhere else, like an API
 * token: to see an address again, rotate (the old one stops working).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarFeedView(String url, String webcalUrl, boolean includeClientNames, Instant createdAt) {
}

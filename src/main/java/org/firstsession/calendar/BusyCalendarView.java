package org.firstsession.calendar;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A busy calendar as its owner sees it. The address is a secret (whoever has it reads the calendar): it is
 * stored encrypted and shown only masked, as scheme and host ({@code https://calendar.google.com/…}).
 *
 * @param lastSuccessAt when the feed was last read (its busy times are the ones in force)
 * @param lastErrorAt   when a fetch last failed, with {@code lastError} saying why
 * @param failing       the last fetch failed (the busy times of the last success stay in force)
 * @param busyIntervals how many busy times the last success found (from a day ago to the booking horizon)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BusyCalendarView(UUID id, String label, String maskedUrl, Instant createdAt, Instant lastSuccessAt,
        Instant lastErrorAt, String lastError, boolean failing, int busyIntervals, Instant nextFetchAt) {
}

package org.firstsession.calendar;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/me/calendar-feed}: whether event titles name the client (off unless chosen). */
public record CalendarFeedSettings(@NotNull Boolean includeClientNames) {
}

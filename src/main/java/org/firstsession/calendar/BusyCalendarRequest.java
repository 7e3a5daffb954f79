package org.firstsession.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/me/busy-calendars}: the calendar's address (its "secret address in iCal format", https or
 * webcal) and a label the specialist recognises it by ("Practice Outlook").
 */
public record BusyCalendarRequest(@NotBlank @Size(max = FeedAddress.MAX_LENGTH) String url,
        @NotBlank @Size(max = 60) String label) {
}

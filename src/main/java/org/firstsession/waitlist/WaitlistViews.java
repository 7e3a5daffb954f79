package org.firstsession.waitlist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Response shapes of the waitlist. */
public final class WaitlistViews {

    private WaitlistViews() {
    }

    /** My place on one specialist's waitlist; {@code position} 1 is next. */
    public record Entry(UUID id, UUID specialistId, String specialistName, long position, List<DayOfWeek> days,
            LocalTime from, LocalTime to, String timeZone, Instant createdAt) {
        // The pages name the days in their language: web.WorkLabels.daysLabel.
    }

    /** A slot offered to me from a waitlist, held until {@code expiresAt}. */
    public record Offer(UUID id, String status, UUID slotId, UUID specialistId, String specialistName, Instant startsAt,
            Instant endsAt, Instant expiresAt, UUID bookingId) {
    }

    /** How many people wait for a specialist (never who). */
    public record Queue(UUID specialistId, long waiting) {
    }
}

package org.firstsession.booking;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A booking as one of its two participants sees it. {@code role} says which side the reader is on;
 * {@code meetingUrl} is there for online consultations, {@code city} for in-person ones.
 * {@code lateCancellation} is true when the client cancelled within {@code BOOKING_LATE_CANCEL} of the start.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingView(
        UUID id,
        BookingStatus status,
        String role,
        UUID slotId,
        Instant startsAt,
        Instant endsAt,
        String sessionFormat,
        SpecialistSummary specialist,
        ClientSummary client,
        String note,
        String meetingUrl,
        String city,
        String cancelledBy,
        String cancelReason,
        Instant cancelledAt,
        Instant createdAt,
        String calendarUrl,
        Boolean lateCancellation,
        /** "Add to Google Calendar" / "Outlook.com" for a confirmed consultation: a neutral title, no health details. */
        String googleCalendarUrl,
        String outlookCalendarUrl) {

    public record SpecialistSummary(UUID id, String displayName, String professionalTitle, String photoUrl,
            String timeZone) {
    }

    public record ClientSummary(String displayName) {
    }
}

package org.firstsession.booking;

import org.firstsession.shared.error.ProblemType;

/** The booking rules: what a client, a specialist or a slot can refuse. Status, slug and title of each are written here once. */
public enum BookingProblem implements ProblemType {

    SLOT_TAKEN(409, "slot-taken", "Slot already taken",
            "Someone else booked this slot first (also what every loser of a race for one slot gets). Pick another open slot."),
    SLOT_UNAVAILABLE(409, "slot-unavailable", "Slot unavailable",
            "The slot was withdrawn by the specialist, the profile is not public at the moment, or the time is busy in the specialist's own calendar."),
    ALREADY_BOOKED_WITH_SPECIALIST(409, "already-booked-with-specialist", "Already booked",
            "The client already has an upcoming free consultation with this specialist; one at a time per specialist."),
    TOO_MANY_UPCOMING(409, "too-many-upcoming", "Too many upcoming consultations",
            "The client already holds the most upcoming free consultations allowed (BOOKING_MAX_UPCOMING_PER_CLIENT); cancel one or wait until one has taken place."),
    OWN_SLOT(422, "own-slot", "Own slot",
            "A specialist cannot book a slot on their own profile."),
    SLOT_IN_PAST(422, "slot-in-past", "Slot in the past",
            "The slot has already started (or its consultation has taken place): it can no longer be booked, moved to or withdrawn."),
    TOO_SHORT_NOTICE(422, "too-short-notice", "Too short notice",
            "The slot starts sooner than the minimum notice (BOOKING_MIN_NOTICE, 2 hours by default); choose a later one."),
    BEYOND_HORIZON(422, "beyond-horizon", "Too far ahead",
            "The slot starts later than free consultations can be booked ahead (BOOKING_HORIZON, 60 days by default)."),
    FORMAT_NOT_OFFERED(422, "format-not-offered", "Format not offered",
            "The chosen session format (online or in person) is not offered by this specialist."),
    CLIENT_ONLY(403, "client-only", "Forbidden",
            "Only the client of a booking may do this (reschedule it)."),
    SPECIALIST_ONLY(403, "specialist-only", "Forbidden",
            "Only the specialist of a booking may record its outcome (completed, no-show)."),
    OTHER_SPECIALIST(422, "other-specialist", "Different specialist",
            "A booking can only move to another slot of the same specialist."),
    SAME_SLOT(422, "same-slot", "Same slot",
            "The booking is already in this slot."),
    BOOKING_CANCELLED(409, "booking-cancelled", "Booking cancelled",
            "The booking was cancelled; its outcome cannot be recorded."),
    NOT_STARTED(409, "not-started", "Not started yet",
            "A consultation can be marked completed or no-show once it has started."),
    BOOKING_NOT_ACTIVE(409, "booking-not-active", "Booking not active",
            "Only a confirmed booking can be cancelled or rescheduled."),
    BOOKING_STARTED(409, "booking-started", "Booking started",
            "A booking can only be cancelled or rescheduled before it starts."),
    TIME_ZONE_REQUIRED(422, "time-zone-required", "Time zone required",
            "The profile needs a time zone before it can offer slots; set it on the profile first."),
    SLOT_OVERLAP(409, "slot-overlap", "Slot overlaps",
            "The new slot overlaps one of the specialist's existing slots."),
    SLOT_BOOKED(409, "slot-booked", "Slot is booked",
            "The slot is booked: withdraw it with cancelBooking=true to cancel the booking as well (the client is told)."),
    SLOT_HELD(409, "slot-held", "Slot held",
            "The slot is offered to someone on the specialist's waitlist until their hold (WAITLIST_HOLD) ends; choose another time."),
    TIME_OFF(409, "time-off", "Time off",
            "The specialist has time off on that day; remove the time off first to offer slots then.");

    private final Definition definition;

    BookingProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}

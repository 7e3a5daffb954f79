package org.firstsession.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A slot as instants plus the local wall-clock times in the zone named by the enclosing list. For the owner,
 * {@code clashesWith} names the busy calendar that keeps an open slot from clients.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlotView(UUID id, Instant startsAt, Instant endsAt, LocalDateTime localStart, LocalDateTime localEnd,
        String state, UUID bookingId, String clashesWith) {

    /** Slot states shown to the owner. */
    public static final String OPEN = "OPEN";
    public static final String BOOKED = "BOOKED";
    public static final String WITHDRAWN = "WITHDRAWN";

    static SlotView of(UUID id, Instant start, Instant end, ZoneId zone, String state, UUID bookingId) {
        return of(id, start, end, zone, state, bookingId, null);
    }

    /** {@code clashesWith}: the label of the owner's busy calendar whose busy time overlaps the slot (owner only). */
    static SlotView of(UUID id, Instant start, Instant end, ZoneId zone, String state, UUID bookingId, String clashesWith) {
        return new SlotView(id, start, end, LocalDateTime.ofInstant(start, zone), LocalDateTime.ofInstant(end, zone),
                state, bookingId, clashesWith);
    }

    /** A list of slots; {@code timeZone} is the zone of the local times, {@code specialistTimeZone} the specialist's. */
    public record SlotList(UUID specialistId, String specialistTimeZone, String timeZone, Instant from, Instant to,
            List<SlotView> items) {
    }

    /** What a create request made, and what it skipped with the reason. */
    public record Created(List<SlotView> created, List<Skipped> skipped) {
    }

    public record Skipped(LocalDateTime localStart, Instant startsAt, String reason) {
        /** The reasons (the API's words; the pages translate them by these values). */
        public static final String CLOCK_CHANGE = "time does not exist on that day (daylight-saving change)";
        public static final String PAST = "in the past";
        public static final String TIME_OFF = "time off";
        public static final String OVERLAP = "overlaps an existing slot";
    }
}

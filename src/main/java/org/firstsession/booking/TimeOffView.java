package org.firstsession.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Days off as the specialist sees them: {@code withdrawnSlots} (only in the answer to creating it) says how
 * many open slots inside were withdrawn; {@code bookings} lists the consultations still booked inside, which
 * are never cancelled silently: the specialist decides.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeOffView(UUID id, LocalDate from, LocalDate to, String note, Instant createdAt, Integer withdrawnSlots,
        List<BookingView> bookings) {
}

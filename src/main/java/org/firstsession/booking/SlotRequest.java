package org.firstsession.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Either one slot ({@code startsAt}, an ISO-8601 instant) or a weekly {@code rule}; exactly one of them.
 * Rule times are local to the specialist's time zone.
 */
public record SlotRequest(Instant startsAt, @Valid Rule rule) {

    public record Rule(
            @NotEmpty Set<@NotNull DayOfWeek> days,
            @NotNull LocalTime startTime,
            @NotNull LocalTime endTime,
            @NotNull LocalDate fromDate,
            @NotNull LocalDate toDate) {
    }
}

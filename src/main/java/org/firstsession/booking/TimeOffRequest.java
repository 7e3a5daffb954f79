package org.firstsession.booking;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Days off, {@code from} to {@code to} inclusive, as dates in the profile's zone. */
public record TimeOffRequest(@NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 200) String note) {
}

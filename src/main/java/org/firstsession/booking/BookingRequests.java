package org.firstsession.booking;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.firstsession.specialist.SessionFormat;

/** Request bodies of the booking endpoints. */
public final class BookingRequests {

    private BookingRequests() {
    }

    /**
     * {@code format} defaults to online when the specialist offers it. The note is for the specialist only.
     */
    public record Book(@NotNull UUID slotId, @Size(max = 1000) String note, SessionFormat format,
            /** The version of GET /api/consents/booking the client agreed to; required. */
            String consentVersion) {
    }

    public record Cancel(@Size(max = 500) String reason) {
    }

    public record Reschedule(@NotNull UUID slotId) {
    }
}

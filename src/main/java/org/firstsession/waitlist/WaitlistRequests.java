package org.firstsession.waitlist;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the waitlist endpoints. */
public final class WaitlistRequests {

    private WaitlistRequests() {
    }

    /**
     * Preferred local days and times in the client's zone; no days means any day, no times any time.
     * {@code from} and {@code to} are "HH:MM".
     */
    public record Join(@Size(max = 7) List<@NotNull DayOfWeek> days, LocalTime from, LocalTime to) {

        public static Join anyTime() {
            return new Join(List.of(), null, null);
        }
    }

    /** Accepting books the slot: the client agrees to the booking consent as when booking directly. */
    public record Accept(String consentVersion) {
    }
}

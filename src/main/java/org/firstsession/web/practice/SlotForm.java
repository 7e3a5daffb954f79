package org.firstsession.web.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.ws.rs.FormParam;

import org.firstsession.web.FormErrors;
import org.firstsession.web.FormFields;

/** One slot as typed: a day and a start time in the profile's zone. */
public record SlotForm(@FormParam("slotDate") String slotDate, @FormParam("slotTime") String slotTime) {

    /**
     * The start as an instant, or null with the reason next to its field: a missing or unreadable value,
     * a profile without a time zone, or a time the clocks skip that day.
     */
    Instant start(String profileZone, FormErrors errors) {
        LocalDate date = FormFields.date(slotDate, "slotDate", "Choose the day.", errors);
        LocalTime time = FormFields.time(slotTime, "slotTime", "Choose the start time.", errors);
        if (errors.any()) {
            return null;
        }
        if (profileZone == null) {
            errors.add("slotDate", "Set your profile's time zone first: slot times are in that zone.");
            return null;
        }
        ZoneId zone = ZoneId.of(profileZone);
        LocalDateTime local = LocalDateTime.of(date, time);
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            errors.add("slotTime", "This time does not exist on that day in " + zone.getId()
                    + " (the clocks change). Choose another time.");
            return null;
        }
        return local.atZone(zone).toInstant();
    }
}

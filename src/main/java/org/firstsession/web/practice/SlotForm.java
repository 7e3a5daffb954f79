package org.firstsession.web.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.ws.rs.FormParam;

import org.firstsession.shared.i18n.PracticeMsg;
import org.firstsession.shared.i18n.ScheduleMsg;
import org.firstsession.web.FormErrors;
import org.firstsession.web.FormFields;

/** One slot as typed: a day and a start time in the profile's zone. */
public record SlotForm(@FormParam("slotDate") String slotDate, @FormParam("slotTime") String slotTime) {

    /**
     * The start as an instant, or null with the reason next to its field: a missing or unreadable value,
     * a profile without a time zone, or a time the clocks skip that day. Messages in the page's language.
     */
    Instant start(String profileZone, FormErrors errors, ScheduleMsg m, PracticeMsg p) {
        LocalDate date = FormFields.date(slotDate, "slotDate", m.slots_err_choose_day(), p.form_err_date(), errors);
        LocalTime time = FormFields.time(slotTime, "slotTime", m.slots_err_choose_time(), p.form_err_time(), errors);
        if (errors.any()) {
            return null;
        }
        if (profileZone == null) {
            errors.add("slotDate", m.slots_err_zone_first());
            return null;
        }
        ZoneId zone = ZoneId.of(profileZone);
        LocalDateTime local = LocalDateTime.of(date, time);
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            errors.add("slotTime", m.slots_err_no_such_time(zone.getId()));
            return null;
        }
        return local.atZone(zone).toInstant();
    }
}

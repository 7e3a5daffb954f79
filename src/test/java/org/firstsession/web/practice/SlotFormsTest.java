package org.firstsession.web.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.firstsession.booking.BookingProblem;
import org.firstsession.booking.SlotRequest;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.web.FormErrors;
import org.junit.jupiter.api.Test;

/** The single-slot and weekly-rule forms, read without the application. */
class SlotFormsTest {

    @Test
    void a_slot_is_read_in_the_profile_zone() {
        FormErrors errors = FormErrors.none();
        Instant start = new SlotForm("2026-12-01", "09:30").start("Europe/Berlin", errors);
        assertEquals(Instant.parse("2026-12-01T08:30:00Z"), start);
        assertTrue(!errors.any());
    }

    @Test
    void a_slot_needs_a_day_a_time_and_a_profile_zone() {
        FormErrors errors = FormErrors.none();
        assertNull(new SlotForm(" ", "9h").start("Europe/Berlin", errors));
        assertEquals("Choose the day.", errors.get("slotDate"));
        assertEquals("Write the time as hours:minutes, such as 09:30.", errors.get("slotTime"));

        FormErrors noZone = FormErrors.none();
        assertNull(new SlotForm("2026-12-01", "09:30").start(null, noZone));
        assertEquals("Set your profile's time zone first: slot times are in that zone.", noZone.get("slotDate"));
    }

    @Test
    void a_time_the_clocks_skip_is_refused_next_to_the_time() {
        FormErrors errors = FormErrors.none();
        assertNull(new SlotForm("2026-03-29", "02:30").start("Europe/Berlin", errors));
        assertTrue(errors.get("slotTime").startsWith("This time does not exist on that day in Europe/Berlin"));
    }

    @Test
    void a_weekly_rule_reads_its_days_hours_and_dates() {
        RuleForm form = new RuleForm(List.of("monday", "WEDNESDAY"), "09:00", "12:00", "2026-12-01", "2026-12-31",
                "create", "k").posted();
        FormErrors errors = FormErrors.none();
        SlotRequest.Rule rule = form.toRule(errors);
        assertEquals(new SlotRequest.Rule(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 0), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)), rule);
        assertTrue(form.create());
        assertTrue(!new RuleForm(null, null, null, null, null, "preview", null).create(), "anything else previews");
    }

    @Test
    void a_rule_without_days_or_dates_says_what_is_missing() {
        FormErrors errors = FormErrors.none();
        assertNull(new RuleForm(null, "", "12:00", "tomorrow", null, null, null).posted().toRule(errors));
        assertEquals("Choose at least one day of the week.", errors.get("days"));
        assertEquals("Give the time the first slot starts.", errors.get("startTime"));
        assertEquals("Write the date as year-month-day, such as 2026-12-01.", errors.get("fromDate"));
        assertEquals("Give the last day.", errors.get("toDate"));

        FormErrors unknownDay = FormErrors.none();
        new RuleForm(List.of("someday"), "09:00", "12:00", "2026-12-01", "2026-12-31", null, null).toRule(unknownDay);
        assertEquals("Choose days from the list.", unknownDay.get("days"));
    }

    @Test
    void the_services_refusal_of_a_rule_is_shown_next_to_the_rule_fields() {
        ProblemException refusal = ProblemException.invalid(List.of(new FieldError("rule.endTime", "must be after startTime")));
        FormErrors errors = RuleForm.refusal(refusal);
        assertEquals("End time: must be after the start time.", errors.get("endTime"));

        FormErrors general = RuleForm.refusal(BookingProblem.SLOT_OVERLAP.exception("Too many slots."));
        assertEquals("Too many slots.", general.get("days"));
    }
}

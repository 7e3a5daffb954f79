package org.firstsession.web.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.firstsession.booking.BookingProblem;
import org.firstsession.booking.SlotRequest;
import org.firstsession.booking.SlotView;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.PracticeMsg;
import org.firstsession.shared.i18n.ScheduleMsg;
import org.firstsession.testsupport.BundleTexts;
import org.firstsession.web.FormErrors;
import org.firstsession.shared.i18n.Details;
import org.firstsession.shared.i18n.ProblemMsg;
import org.junit.jupiter.api.Test;

/** The single-slot and weekly-rule forms, read without the application. */
class SlotFormsTest {

    private static final ScheduleMsg EN = BundleTexts.of(ScheduleMsg.class, "schedule", "en");
    private static final PracticeMsg P_EN = BundleTexts.of(PracticeMsg.class, "practice", "en");
    private static final ScheduleMsg DE = BundleTexts.of(ScheduleMsg.class, "schedule", "de");
    private static final PracticeMsg P_DE = BundleTexts.of(PracticeMsg.class, "practice", "de");
    private static final ScheduleMsg FR = BundleTexts.of(ScheduleMsg.class, "schedule", "fr");
    private static final PracticeMsg P_FR = BundleTexts.of(PracticeMsg.class, "practice", "fr");

    @Test
    void a_slot_is_read_in_the_profile_zone() {
        FormErrors errors = FormErrors.none();
        Instant start = new SlotForm("2026-12-01", "09:30").start("Europe/Berlin", errors, EN, P_EN);
        assertEquals(Instant.parse("2026-12-01T08:30:00Z"), start);
        assertTrue(!errors.any());
    }

    @Test
    void a_slot_needs_a_day_a_time_and_a_profile_zone() {
        FormErrors errors = FormErrors.none();
        assertNull(new SlotForm(" ", "9h").start("Europe/Berlin", errors, EN, P_EN));
        assertEquals("Choose the day.", errors.get("slotDate"));
        assertEquals("Write the time as hours:minutes, such as 09:30.", errors.get("slotTime"));

        FormErrors noZone = FormErrors.none();
        assertNull(new SlotForm("2026-12-01", "09:30").start(null, noZone, EN, P_EN));
        assertEquals("Set your profile's time zone first: slot times are in that zone.", noZone.get("slotDate"));
    }

    @Test
    void a_time_the_clocks_skip_is_refused_next_to_the_time() {
        FormErrors errors = FormErrors.none();
        assertNull(new SlotForm("2026-03-29", "02:30").start("Europe/Berlin", errors, EN, P_EN));
        assertTrue(errors.get("slotTime").startsWith("This time does not exist on that day in Europe/Berlin"));
    }

    @Test
    void a_weekly_rule_reads_its_days_hours_and_dates() {
        RuleForm form = new RuleForm(List.of("monday", "WEDNESDAY"), "09:00", "12:00", "2026-12-01", "2026-12-31",
                "create", "k").posted();
        FormErrors errors = FormErrors.none();
        SlotRequest.Rule rule = form.toRule(errors, EN, P_EN);
        assertEquals(new SlotRequest.Rule(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 0), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)), rule);
        assertTrue(form.create());
        assertTrue(!new RuleForm(null, null, null, null, null, "preview", null).create(), "anything else previews");
    }

    @Test
    void a_rule_without_days_or_dates_says_what_is_missing() {
        FormErrors errors = FormErrors.none();
        assertNull(new RuleForm(null, "", "12:00", "tomorrow", null, null, null).posted().toRule(errors, EN, P_EN));
        assertEquals("Choose at least one day of the week.", errors.get("days"));
        assertEquals("Give the time the first slot starts.", errors.get("startTime"));
        assertEquals("Write the date as year-month-day, such as 2026-12-01.", errors.get("fromDate"));
        assertEquals("Give the last day.", errors.get("toDate"));

        FormErrors unknownDay = FormErrors.none();
        new RuleForm(List.of("someday"), "09:00", "12:00", "2026-12-01", "2026-12-31", null, null).toRule(unknownDay, EN, P_EN);
        assertEquals("Choose days from the list.", unknownDay.get("days"));
    }

    @Test
    void the_services_refusal_of_a_rule_is_shown_next_to_the_rule_fields() {
        ProblemException refusal = ProblemException.invalid(List.of(new FieldError("rule.endTime", "must be after startTime")));
        FormErrors errors = RuleForm.refusal(refusal, EN, P_EN);
        assertEquals("End time: must be after the start time.", errors.get("endTime"));

        FormErrors general = RuleForm.refusal(BookingProblem.SLOT_OVERLAP.exception("Too many slots."), EN, P_EN);
        assertEquals("Too many slots.", general.get("days"));
    }

    @Test
    void the_messages_are_in_the_pages_language() {
        FormErrors german = FormErrors.none();
        assertNull(new RuleForm(null, "", "12:00", "tomorrow", null, null, null).posted().toRule(german, DE, P_DE));
        assertEquals("Wählen Sie mindestens einen Wochentag.", german.get("days"));
        assertEquals("Schreiben Sie das Datum als Jahr-Monat-Tag, z. B. 2026-12-01.", german.get("fromDate"));

        FormErrors refused = RuleForm.refusal(ProblemException.invalid(List.of(new FieldError("rule.endTime", "must be after startTime"),
                new FieldError("rule.toDate", "must be at most 12 weeks ahead"))), FR, P_FR);
        assertEquals("Heure de fin : doit être après l’heure de début.", refused.get("endTime"));
        assertEquals("Dernier jour : doit être au plus 12 semaines à l’avance.", refused.get("toDate"));

        FormErrors gap = FormErrors.none();
        assertNull(new SlotForm("2026-03-29", "02:30").start("Europe/Berlin", gap, DE, P_DE));
        assertEquals("Diese Uhrzeit gibt es an diesem Tag in Europe/Berlin nicht (Zeitumstellung). Wählen Sie eine andere Zeit.",
                gap.get("slotTime"));
    }

    @Test
    void a_skipped_slot_and_a_refused_start_are_told_in_the_pages_language() {
        assertEquals("überschneidet sich mit einem vorhandenen Termin",
                SlotPages.skipReason(SlotView.Skipped.OVERLAP, DE));
        assertEquals("dans le passé", SlotPages.skipReason(SlotView.Skipped.PAST, FR));
        assertEquals("overlaps an existing slot", SlotPages.skipReason(SlotView.Skipped.OVERLAP, EN));
        // Told apart by the service's message key, not its English words.
        assertEquals("Der Termin darf höchstens 84 Tage im Voraus liegen.", SlotPages.startRefused(
                new FieldError("startsAt", Details.booking(b -> b.slot_days_ahead(84))), DE, Locale.GERMAN));
        assertEquals("The slot must be in the future.", SlotPages.startRefused(
                new FieldError("startsAt", Details.problem(ProblemMsg::field_in_future)), EN, Locale.ENGLISH));
        assertEquals("Diese Adresse führt zu einer privaten, lokalen oder reservierten Netzwerkadresse; sie wird nicht abgerufen.",
                DE.cal_err_address(CalendarPages.addressProblem(
                        new FieldError("url", Details.booking(b -> b.calendar_private_address())), DE, Locale.GERMAN)));
        assertEquals("Cette adresse doit compter au plus 2000 caractères.",
                FR.cal_err_address(CalendarPages.addressProblem(
                        new FieldError("url", Details.problem(p -> p.field_max_chars(2000))), FR, Locale.FRENCH)));
    }
}

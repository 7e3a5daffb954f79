package org.firstsession.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Expanding weekly rules across daylight-saving changes (pure logic, no Quarkus). */
class WeeklyRuleTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static List<Instant> starts(WeeklyRule.Expansion expansion) {
        return expansion.candidates().stream().map(WeeklyRule.Candidate::start).toList();
    }

    @Test
    void nine_oclock_berlin_stays_nine_oclock_across_the_spring_change() {
        // Europe/Berlin moves from CET (+01) to CEST (+02) on Sunday 28 March 2027.
        WeeklyRule rule = new WeeklyRule(Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), LocalTime.of(9, 0),
                LocalTime.of(10, 0), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29));
        assertEquals(List.of(
                Instant.parse("2027-03-26T08:00:00Z"), Instant.parse("2027-03-26T08:30:00Z"),
                Instant.parse("2027-03-29T07:00:00Z"), Instant.parse("2027-03-29T07:30:00Z")),
                starts(rule.expand(BERLIN, HALF_HOUR)));
    }

    @Test
    void a_local_time_that_does_not_exist_is_skipped_and_reported() {
        WeeklyRule rule = new WeeklyRule(Set.of(DayOfWeek.SUNDAY), LocalTime.of(1, 30), LocalTime.of(3, 30),
                LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 28));
        WeeklyRule.Expansion expansion = rule.expand(BERLIN, HALF_HOUR);
        assertEquals(List.of(LocalDateTime.of(2027, 3, 28, 2, 0), LocalDateTime.of(2027, 3, 28, 2, 30)),
                expansion.nonexistent());
        assertEquals(List.of(Instant.parse("2027-03-28T00:30:00Z"), Instant.parse("2027-03-28T01:00:00Z")),
                starts(expansion)); // 01:30 CET and 03:00 CEST
    }

    @Test
    void an_ambiguous_local_time_is_taken_once_at_its_first_occurrence() {
        // Berlin falls back from 03:00 CEST to 02:00 CET on Sunday 31 October 2027: 02:00–02:59 happens twice.
        WeeklyRule rule = new WeeklyRule(Set.of(DayOfWeek.SUNDAY), LocalTime.of(2, 0), LocalTime.of(3, 0),
                LocalDate.of(2027, 10, 31), LocalDate.of(2027, 10, 31));
        WeeklyRule.Expansion expansion = rule.expand(BERLIN, HALF_HOUR);
        assertEquals(List.of(Instant.parse("2027-10-31T00:00:00Z"), Instant.parse("2027-10-31T00:30:00Z")),
                starts(expansion));
        assertEquals(List.of(), expansion.nonexistent());
    }

    @Test
    void new_york_rules_keep_local_time_across_both_changes() {
        // America/New_York: EST→EDT on 14 March 2027, EDT→EST on 7 November 2027.
        WeeklyRule spring = new WeeklyRule(Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY), LocalTime.of(17, 0),
                LocalTime.of(17, 30), LocalDate.of(2027, 3, 13), LocalDate.of(2027, 3, 15));
        assertEquals(List.of(Instant.parse("2027-03-13T22:00:00Z"), Instant.parse("2027-03-15T21:00:00Z")),
                starts(spring.expand(NEW_YORK, HALF_HOUR)));
        WeeklyRule autumn = new WeeklyRule(Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY), LocalTime.of(17, 0),
                LocalTime.of(17, 30), LocalDate.of(2027, 11, 6), LocalDate.of(2027, 11, 8));
        assertEquals(List.of(Instant.parse("2027-11-06T21:00:00Z"), Instant.parse("2027-11-08T22:00:00Z")),
                starts(autumn.expand(NEW_YORK, HALF_HOUR)));
        WeeklyRule gap = new WeeklyRule(Set.of(DayOfWeek.SUNDAY), LocalTime.of(2, 0), LocalTime.of(3, 0),
                LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 14));
        assertEquals(2, gap.expand(NEW_YORK, HALF_HOUR).nonexistent().size());
    }

    @Test
    void a_window_yields_whole_slots_only_and_only_on_the_chosen_days() {
        WeeklyRule rule = new WeeklyRule(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 15), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 17));
        List<WeeklyRule.Candidate> candidates = rule.expand(BERLIN, HALF_HOUR).candidates();
        assertEquals(4 * 6, candidates.size()); // 4 days × 09:00..11:30
        candidates.forEach(c -> assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY).contains(c.local().getDayOfWeek()), true));
        candidates.forEach(c -> assertEquals(HALF_HOUR, Duration.between(c.start(), c.end())));
    }
}

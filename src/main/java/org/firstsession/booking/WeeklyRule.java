package org.firstsession.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Expands "Mon + Thu, 09:00–12:00 local, from … to …" into concrete slots in the specialist's zone.
 * Local wall-clock times are kept across daylight-saving changes (09:00 Berlin stays 09:00 Berlin); a
 * local time that does not exist that day (spring-forward gap) is skipped and reported; one that exists
 * twice (autumn overlap) is taken once, at its earlier occurrence.
 */
record WeeklyRule(Set<DayOfWeek> days, LocalTime windowStart, LocalTime windowEnd, LocalDate from, LocalDate to) {

    record Candidate(LocalDateTime local, Instant start, Instant end) {
    }

    record Expansion(List<Candidate> candidates, List<LocalDateTime> nonexistent) {
    }

    Expansion expand(ZoneId zone, Duration length) {
        List<Candidate> candidates = new ArrayList<>();
        List<LocalDateTime> nonexistent = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            int step = (int) length.toMinutes();
            int endMinute = windowEnd.toSecondOfDay() / 60;
            for (int minute = windowStart.toSecondOfDay() / 60; minute + step <= endMinute; minute += step) {
                LocalDateTime local = LocalDateTime.of(day, LocalTime.ofSecondOfDay(minute * 60L));
                List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
                if (offsets.isEmpty()) {
                    nonexistent.add(local);
                } else {
                    Instant start = local.toInstant(offsets.get(0)); // the earlier of two in an overlap
                    candidates.add(new Candidate(local, start, start.plus(length)));
                }
            }
        }
        return new Expansion(candidates, nonexistent);
    }
}

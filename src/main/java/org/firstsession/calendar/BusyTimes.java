package org.firstsession.calendar;

import static org.firstsession.shared.i18n.Details.booking;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.firstsession.shared.i18n.Text;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The busy times of an iCalendar feed, and nothing else: no title, description, place or attendee leaves
 * this class. Recurring events are expanded (RRULE, RDATE, EXDATE), an occurrence that was moved or
 * cancelled (a VEVENT with the same UID and a RECURRENCE-ID) replaces its original, times with a TZID are
 * read in that zone (the feed's VTIMEZONE or the zone database), floating times and all-day events in the
 * specialist's zone (an all-day event blocks the whole local day). Free time (TRANSP:TRANSPARENT) and
 * cancelled events (STATUS:CANCELLED) block nothing. The result keeps the intervals that overlap a window,
 * merged where they touch, sorted.
 */
final class BusyTimes {

    /** More than this many busy intervals in the window is not a calendar a person keeps: refused. */
    static final int MAX_INTERVALS = 5_000;

    /** One busy interval, {@code [start, end)}. */
    record Interval(Instant start, Instant end) {
    }

    /** Why a feed gave no busy times: the message is ours (never the feed's text), safe to show and store. */
    static final class UnreadableFeedException extends Exception {
        private final transient Text text;

        UnreadableFeedException(Text text) {
            super(text.english(), null, false, false);
            this.text = text;
        }

        Text text() {
            return text;
        }
    }

    private BusyTimes() {
    }

    /**
     * The busy intervals of {@code ics} that overlap {@code [from, to)}.
     *
     * @param localZone the zone of floating times and all-day events (the specialist's)
     */
    static List<Interval> parse(String ics, ZoneId localZone, Instant from, Instant to) throws UnreadableFeedException {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (ParserException | IOException | RuntimeException e) {
            throw new UnreadableFeedException(booking(m -> m.calendar_feed_unreadable()));
        }
        Map<String, List<VEvent>> byUid = new LinkedHashMap<>();
        int anonymous = 0;
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            String uid = value(event, Property.UID).orElse("no-uid-" + anonymous++);
            byUid.computeIfAbsent(uid, u -> new ArrayList<>()).add(event);
        }
        List<Interval> busy = new ArrayList<>();
        try {
            for (List<VEvent> series : byUid.values()) {
                addSeries(series, localZone, from, to, busy);
                if (busy.size() > MAX_INTERVALS * 4) {
                    throw tooMany();
                }
            }
        } catch (DateTimeProblem | RuntimeException e) {
            throw new UnreadableFeedException(booking(m -> m.calendar_feed_bad_dates()));
        }
        List<Interval> merged = merge(busy, from, to);
        if (merged.size() > MAX_INTERVALS) {
            throw tooMany();
        }
        return merged;
    }

    private static UnreadableFeedException tooMany() {
        return new UnreadableFeedException(booking(m -> m.calendar_feed_too_many(MAX_INTERVALS)));
    }

    /** The events of one UID: the series (or single event) and the occurrences it moved or cancelled. */
    private static void addSeries(List<VEvent> series, ZoneId zone, Instant from, Instant to, List<Interval> busy)
            throws DateTimeProblem, UnreadableFeedException {
        VEvent master = null;
        Set<Instant> overridden = new HashSet<>();
        for (VEvent event : series) {
            Optional<DateProperty<Temporal>> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
            if (recurrenceId.isEmpty()) {
                if (master == null) {
                    master = event;
                }
                continue;
            }
            overridden.add(instant(recurrenceId.get().getDate(), zone));
            if (blocks(event)) {
                Interval own = single(event, zone);
                if (own != null) {
                    busy.add(own);
                }
            }
        }
        if (master == null || !blocks(master)) {
            return;
        }
        Optional<RRule<Temporal>> rrule = master.getProperty(Property.RRULE);
        List<DateListProperty<Temporal>> rdates = master.getProperties(Property.RDATE);
        if (rrule.isEmpty() && rdates.isEmpty()) {
            Interval own = single(master, zone);
            if (own != null && !overridden.contains(own.start())) {
                busy.add(own);
            }
            return;
        }
        Temporal start = start(master);
        TemporalAmount length = length(master, start);
        Set<Instant> excluded = new HashSet<>(overridden);
        for (DateListProperty<Temporal> exdate : master.<DateListProperty<Temporal>>getProperties(Property.EXDATE)) {
            for (Temporal t : exdate.getDates()) {
                excluded.add(instant(t, zone));
            }
        }
        List<Temporal> starts = new ArrayList<>();
        starts.add(start);
        if (rrule.isPresent()) {
            Recur<Temporal> recur = rrule.get().getRecur();
            if (recur.getFrequency() == Frequency.SECONDLY || recur.getFrequency() == Frequency.MINUTELY) {
                throw new UnreadableFeedException(booking(m -> m.calendar_feed_repeats()));
            }
            // Occurrences that start before the window may still reach into it: look back by the event's length.
            Temporal windowStart = sameKind(start, from.minus(longest(length)), zone);
            Temporal windowEnd = sameKind(start, to, zone);
            starts.addAll(recur.getDatesAsStream(start, windowStart, windowEnd, MAX_INTERVALS + 1).toList());
        }
        for (DateListProperty<Temporal> rdate : rdates) {
            starts.addAll(rdate.getDates());
        }
        Set<Instant> seen = new HashSet<>();
        for (Temporal occurrence : starts) {
            Instant begin = instant(occurrence, zone);
            if (excluded.contains(begin) || !seen.add(begin)) {
                continue;
            }
            Instant end = instant(plus(occurrence, length), zone);
            if (end.isAfter(begin)) {
                busy.add(new Interval(begin, end));
            }
        }
    }

    /** Busy unless it is marked free or cancelled. */
    private static boolean blocks(VEvent event) {
        return !value(event, Property.TRANSP).map("TRANSPARENT"::equalsIgnoreCase).orElse(false)
                && !value(event, Property.STATUS).map("CANCELLED"::equalsIgnoreCase).orElse(false);
    }

    private static Interval single(VEvent event, ZoneId zone) throws DateTimeProblem {
        Temporal start = start(event);
        Instant begin = instant(start, zone);
        Instant end = instant(plus(start, length(event, start)), zone);
        return end.isAfter(begin) ? new Interval(begin, end) : null;
    }

    private static Temporal start(VEvent event) throws DateTimeProblem {
        Optional<DateProperty<Temporal>> start = event.getProperty(Property.DTSTART);
        if (start.isEmpty() || start.get().getDate() == null) {
            throw new DateTimeProblem();
        }
        return start.get().getDate();
    }

    /**
     * DTEND - DTSTART (as days for all-day events, as exact time otherwise), else DURATION, else a day for an
     * all-day event and nothing for a moment (RFC 5545, 3.6.1).
     */
    private static TemporalAmount length(VEvent event, Temporal start) throws DateTimeProblem {
        Optional<DateProperty<Temporal>> end = event.getProperty(Property.DTEND);
        if (end.isPresent() && end.get().getDate() != null) {
            Temporal e = end.get().getDate();
            if (start instanceof LocalDate s && e instanceof LocalDate d) {
                return Period.between(s, d);
            }
            return Duration.between(instant(start, ZoneId.of("UTC")), instant(e, ZoneId.of("UTC")));
        }
        Optional<net.fortuna.ical4j.model.property.Duration> duration = event.getProperty(Property.DURATION); // fqn: java.time.Duration is imported
        if (duration.isPresent()) {
            return duration.get().getDuration();
        }
        return start instanceof LocalDate ? Period.ofDays(1) : Duration.ZERO;
    }

    private static Duration longest(TemporalAmount length) {
        return length instanceof Period p ? Duration.ofDays(p.toTotalMonths() * 31 + p.getDays() + 1) : (Duration) length;
    }

    private static Temporal plus(Temporal start, TemporalAmount length) throws DateTimeProblem {
        if (start instanceof LocalDate date) {
            if (length instanceof Period p) {
                return date.plus(p);
            }
            return date.atStartOfDay().plus(length);
        }
        try {
            return start.plus(length);
        } catch (RuntimeException e) {
            throw new DateTimeProblem();
        }
    }

    /** {@code instant} as the same kind of value as {@code like}, so Recur compares like with like. */
    private static Temporal sameKind(Temporal like, Instant instant, ZoneId zone) {
        if (like instanceof LocalDate) {
            return instant.atZone(zone).toLocalDate();
        }
        if (like instanceof LocalDateTime) {
            return LocalDateTime.ofInstant(instant, zone);
        }
        if (like instanceof ZonedDateTime z) {
            return instant.atZone(z.getZone());
        }
        if (like instanceof OffsetDateTime o) {
            return instant.atOffset(o.getOffset());
        }
        return instant;
    }

    static Instant instant(Temporal t, ZoneId zone) throws DateTimeProblem {
        if (t instanceof Instant i) {
            return i;
        }
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(zone).toInstant();
        }
        throw new DateTimeProblem();
    }

    private static Optional<String> value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue);
    }

    /**
     * The intervals that overlap the window, sorted, overlapping and touching ones joined. Not clipped: the
     * same feed gives the same intervals however the window moves, so an unchanged calendar changes nothing.
     */
    static List<Interval> merge(List<Interval> intervals, Instant from, Instant to) {
        List<Interval> inWindow = new ArrayList<>();
        for (Interval i : intervals) {
            if (i.end().isAfter(from) && i.start().isBefore(to)) {
                inWindow.add(i);
            }
        }
        inWindow.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval i : inWindow) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !i.start().isAfter(last.end())) {
                if (i.end().isAfter(last.end())) {
                    merged.set(merged.size() - 1, new Interval(last.start(), i.end()));
                }
            } else {
                merged.add(i);
            }
        }
        return merged;
    }

    /** A date or time value of a kind this class does not read. */
    static final class DateTimeProblem extends Exception {
        DateTimeProblem() {
            super(null, null, false, false);
        }
    }
}

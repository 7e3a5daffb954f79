package org.firstsession.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.firstsession.notification.Ics;

/**
 * A specialist's consultations as a calendar to subscribe to (the calendar feed): every upcoming one and
 * those of the last 30 days, each with the UID, SEQUENCE and DTSTAMP of the invites we emailed, so a
 * calendar that got both sees one event. Cancelled ones stay in the window as {@code STATUS:CANCELLED}.
 * The client's name is in the title only when the specialist chose so; no one's address is in it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BookingCalendar {

    /** How far back the feed reaches. */
    static final Duration PAST = Duration.ofDays(30);

    private final BookingMails mails;

    BookingCalendar(BookingMails mails) {
        this.mails = mails;
    }

    public String feedFor(UUID specialistId, boolean includeClientNames) {
        List<Booking> bookings = Booking.<Booking>find("specialistId = ?1 and endsAt > ?2 order by startsAt, id",
                specialistId, Instant.now().minus(PAST)).list();
        List<Ics.Published> events = bookings.stream().map(b -> {
            Ics.Event invite = mails.calendarEvent(b, true);
            String summary = includeClientNames ? invite.summary() : "Free consultation (FirstSession)";
            return new Ics.Published(new Ics.Event(invite.uid(), invite.sequence(), invite.start(), invite.end(),
                    summary, invite.description(), invite.location(), invite.url(), invite.organizerName(),
                    invite.organizerEmail(), null, null, invite.stamp()), b.status == BookingStatus.CANCELLED);
        }).toList();
        return Ics.publish("FirstSession consultations", events);
    }
}

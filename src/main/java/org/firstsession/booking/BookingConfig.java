package org.firstsession.booking;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** Booking rules, all configurable under {@code firstsession.booking.*}. */
@ConfigMapping(prefix = "firstsession.booking")
public interface BookingConfig {

    /** Length of a free first consultation. */
    @WithDefault("PT30M")
    Duration slotLength();

    /** A slot must start at least this long after the booking is made. */
    Duration minimumNotice();

    /** A slot may start at most this long after the booking is made. */
    Duration horizon();

    /** How far ahead a weekly rule may create slots. */
    @WithDefault("84")
    int ruleMaxDaysAhead();

    /** The longest window the public slot list answers for. */
    @WithDefault("31")
    int listMaxDays();

    /** Upcoming free consultations one client may hold with one specialist. */
    int maxUpcomingPerSpecialist();

    /** Upcoming free consultations one client may hold in all. */
    int maxUpcomingPerClient();

    /** Cancellations one client may make in 24 hours (each one emails the specialist). */
    @WithDefault("5")
    int maxCancellationsPerDay();

    /** Reschedules one client may make in 24 hours (each one emails both sides). */
    @WithDefault("5")
    int maxReschedulesPerDay();

    /** Reminder emails this long before the start, each sent once to both sides (default in application.properties). */
    List<Duration> reminders();

    /** A client's cancellation this close to the start is a late one, marked in the specialist's list. */
    Duration lateCancel();

    /** "Offers free consultations" in the directory means an open slot within this period. */
    @WithDefault("P14D")
    Duration freeConsultationWindow();

    /**
     * The address of a consultation's private video room; {@code {room}} is replaced by the booking's
     * unguessable room name ({@code VIDEO_ROOM_TEMPLATE}).
     */
    String videoRoomTemplate();

    /** Notes of cancelled and past consultations are purged after this period. */
    Period noteRetention();
}

package org.firstsession.calendar;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Busy calendars (issue #19) under {@code firstsession.busy.*}; defaults with their variables in application.properties. */
@ConfigMapping(prefix = "firstsession.busy")
public interface BusyCalendarConfig {

    /** Each calendar is fetched once per this period, whatever the number of instances ({@code BUSY_SYNC_INTERVAL}). */
    Duration syncInterval();

    /** How often an instance looks for calendars that are due (read by BusyCalendarSync's @Scheduled). */
    String pollInterval();

    /** Calendars one specialist may add. */
    @WithDefault("3")
    int maxCalendars();

    /** The largest feed read; a longer answer is an error and keeps the previous busy times. */
    MemorySize maxSize();

    /** How long to wait for the calendar's server to accept the connection. */
    Duration connectTimeout();

    /** How long the server may stay silent while answering, and the most a whole fetch may take is three times this. */
    Duration readTimeout();

    /**
     * {@code host:port} pairs that may be fetched even though they are private or loopback addresses, and
     * over plain http (tests and a deliberate intranet calendar only; {@code BUSY_FETCH_ALLOW}).
     */
    Optional<List<String>> fetchAllow();
}

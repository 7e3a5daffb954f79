package org.firstsession.account;

import java.time.ZoneId;
import java.util.Set;

/** IANA region ids only ("Europe/Berlin"), not offsets ("+02:00") or the JDK's legacy short ids. */
public final class TimeZones {

    private static final Set<String> IANA = ZoneId.getAvailableZoneIds();

    private TimeZones() {
    }

    public static boolean isValid(String zone) {
        // ical4j registers extra zone rules named "ical4j~<uuid>": not IANA, never accepted from clients.
        return zone != null && IANA.contains(zone) && !zone.startsWith("SystemV/") && !zone.contains("~");
    }
}

package org.firstsession.booking;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.specialist.SessionFormat;
import org.firstsession.specialist.Specialist;
import org.firstsession.specialist.VideoRooms;

/**
 * Where an online consultation meets. A specialist with {@link VideoRooms#GENERATED} gets a private room
 * per booking: {@code VIDEO_ROOM_TEMPLATE} with {@code {room}} replaced by 160 random bits (hex), so one
 * leaked invite opens one consultation, not all of them. The link goes only to the two participants (the
 * booking view, their emails and invites); it is never logged, and a cancellation retires the room.
 */
@ApplicationScoped
public class MeetingRooms {

    /** 20 bytes = 160 bits: well above the 128 bits that make a name unguessable. */
    private static final int ROOM_BYTES = 20;

    private final SecureRandom random = new SecureRandom();
    private final String template;

    MeetingRooms(BookingConfig config) {
        this.template = config.videoRoomTemplate().strip();
        URI example = URI.create(template.replace("{room}", "room"));
        if (!template.contains("{room}") || !"https".equals(example.getScheme()) && !"http".equals(example.getScheme())) {
            throw new IllegalStateException("VIDEO_ROOM_TEMPLATE must be an http(s) address containing {room}");
        }
    }

    /** A new room for a booking of this specialist in this format, or null when none is generated. */
    String newRoomFor(Specialist specialist, String sessionFormat) {
        if (!SessionFormat.ONLINE.code().equals(sessionFormat) || specialist.videoRooms != VideoRooms.GENERATED) {
            return null;
        }
        byte[] name = new byte[ROOM_BYTES];
        random.nextBytes(name);
        return HexFormat.of().formatHex(name);
    }

    /**
     * The link the participants of this booking use, or null: not online, not confirmed (a cancelled
     * booking's room is retired), or no link at all. Callers show it to the two participants only.
     */
    public String linkFor(Booking booking, Specialist specialist) {
        if (!SessionFormat.ONLINE.code().equals(booking.sessionFormat) || booking.status != BookingStatus.CONFIRMED) {
            return null;
        }
        if (booking.videoRoom != null) {
            return template.replace("{room}", booking.videoRoom);
        }
        // Own link chosen, or a booking from before rooms existed (V65 kept such specialists on OWN_LINK).
        return specialist.videoRooms == VideoRooms.OWN_LINK ? specialist.meetingUrl : null;
    }
}

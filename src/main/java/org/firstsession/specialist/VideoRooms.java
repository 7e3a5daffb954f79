package org.firstsession.specialist;

/**
 * Where a specialist's online consultations meet: {@code GENERATED}, a private room per booking made from
 * {@code VIDEO_ROOM_TEMPLATE} (the default), or {@code OWN_LINK}, the profile's {@code meetingUrl} for all.
 */
public enum VideoRooms {
    GENERATED, OWN_LINK
}

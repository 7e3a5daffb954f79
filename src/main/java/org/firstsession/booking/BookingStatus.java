package org.firstsession.booking;

/** CONFIRMED until the start; then COMPLETED or NO_SHOW as the specialist marks it; CANCELLED by either side. */
public enum BookingStatus {
    CONFIRMED, CANCELLED, COMPLETED, NO_SHOW
}

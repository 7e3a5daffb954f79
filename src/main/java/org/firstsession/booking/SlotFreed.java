package org.firstsession.booking;

import java.util.UUID;

/**
 * A slot may have become bookable: a booking of it was cancelled (by either side, the platform, or a
 * withdrawal), a booking moved away from it, or it was just offered. Fired inside the change's
 * transaction; observers that act on it (the waitlist) use {@code TransactionPhase.AFTER_SUCCESS}.
 */
public record SlotFreed(UUID slotId) {
}

package org.firstsession.booking;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.crypto.LinkTokens;

/**
 * The "I can't make it" links of the client's reminders: an unguessable token per reminder (only its
 * SHA-256 is stored) that stands for the client and this booking until the start. Opening the link shows
 * the booking (scanner-safe); only the page's POST cancels.
 */
@ApplicationScoped
class CancelLinks {

    private final EntityManager em;

    CancelLinks(EntityManager em) {
        this.em = em;
    }

    /** A new link token for the booking's client, in the reminder's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    String create(Booking booking) {
        String token = LinkTokens.newToken();
        em.createNativeQuery("INSERT INTO booking_cancel_link (token_hash, booking_id, expires_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, LinkTokens.hash(token)).setParameter(2, booking.id).setParameter(3, booking.startsAt)
                .executeUpdate();
        return token;
    }

    /** The booking a token stands for while it is valid, or null (unknown, malformed or expired). */
    @Transactional(Transactional.TxType.SUPPORTS)
    UUID bookingOf(String token) {
        if (!LinkTokens.looksValid(token)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT booking_id FROM booking_cancel_link WHERE token_hash = ?1 AND expires_at > now()")
                .setParameter(1, LinkTokens.hash(token)).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }
}

package org.firstsession.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;
import org.firstsession.waitlist.WaitlistViews.Entry;
import org.firstsession.waitlist.WaitlistViews.Offer;

/**
 * What the waitlist keeps about a person: their entries (which specialist, their preferred days and
 * times, their zone) and the offers made to them (with the stored hash of each link's token). Exported in
 * full; erased by deleting them (and, for a specialist, every entry and offer on their waitlist, with the
 * holds). Answered offers are deleted {@link #OFFER_RETENTION} after they were made.
 */
@ApplicationScoped
@Priority(85)
class WaitlistPersonalData implements PersonalData {

    /** Answered, expired and withdrawn offers are kept this long (to answer "why did I not get it"), then deleted. */
    static final Duration OFFER_RETENTION = Duration.ofDays(30);

    record Part(List<Entry> waitlists, List<Offer> waitlistOffers) implements ExportPart {
    }

    private final EntityManager em;
    private final WaitlistService waitlist;

    WaitlistPersonalData(EntityManager em, WaitlistService waitlist) {
        this.em = em;
        this.waitlist = waitlist;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return new Part(waitlist.mine(subject.accountId()), waitlist.myOffers(subject.accountId()));
    }

    @Override
    public void erase(DataSubject subject) {
        em.createNativeQuery("DELETE FROM slot_hold WHERE account_id = ?1").setParameter(1, subject.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM waitlist_offer WHERE client_id = ?1").setParameter(1, subject.accountId()).executeUpdate();
        em.createNativeQuery("DELETE FROM waitlist_entry WHERE client_id = ?1").setParameter(1, subject.accountId()).executeUpdate();
        if (subject.isSpecialist()) {
            em.createNativeQuery("DELETE FROM slot_hold h USING slot s WHERE s.id = h.slot_id AND s.specialist_id = ?1")
                    .setParameter(1, subject.specialistId()).executeUpdate();
            em.createNativeQuery("DELETE FROM waitlist_offer WHERE specialist_id = ?1").setParameter(1, subject.specialistId())
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM waitlist_entry WHERE specialist_id = ?1").setParameter(1, subject.specialistId())
                    .executeUpdate();
        }
    }

    @Override
    public Map<String, Integer> applyRetention(Instant now) {
        return Map.of("waitlistOffers", em.createNativeQuery("""
                DELETE FROM waitlist_offer WHERE status <> 'OPEN' AND created_at < ?1""")
                .setParameter(1, now.minus(OFFER_RETENTION)).executeUpdate());
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("waitlist_entry.days", "waitlist_entry.time_zone", "waitlist_offer.token_hash");
    }
}

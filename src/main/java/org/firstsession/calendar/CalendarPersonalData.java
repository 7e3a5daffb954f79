package org.firstsession.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * The calendar feed: exported as its settings (the secret exists only as a hash), deleted with the
 * specialist's data. It holds no text about a person: the hash and a flag.
 */
@ApplicationScoped
class CalendarPersonalData implements PersonalData {

    record Feed(boolean includeClientNames, Instant createdAt) {
    }

    record Part(Feed calendarFeed) implements ExportPart {
    }

    private final EntityManager em;

    CalendarPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        if (!subject.isSpecialist()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT include_client_names, created_at FROM calendar_feed WHERE specialist_id = ?1")
                .setParameter(1, subject.specialistId()).getResultList();
        return rows.isEmpty() ? null : new Part(new Feed((Boolean) rows.get(0)[0], SqlValues.instant(rows.get(0)[1])));
    }

    @Override
    public void erase(DataSubject subject) {
        UUID specialist = subject.specialistId();
        if (specialist != null) {
            em.createNativeQuery("DELETE FROM calendar_feed WHERE specialist_id = ?1").setParameter(1, specialist)
                    .executeUpdate();
        }
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of();
    }
}

package org.firstsession.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.EncryptedColumn;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * Busy calendars: exported as label, masked address and fetch status (the full address is a secret that
 * opens the calendar; the owner gave it and can read it where it came from); erased with their busy times.
 * The address is encrypted ({@code busy_calendar.url}); the busy times hold start and end only.
 */
@ApplicationScoped
class BusyCalendarPersonalData implements PersonalData {

    record Calendar(String label, String maskedUrl, Instant createdAt, Instant lastSuccessAt, int busyIntervals) {
    }

    record Part(List<Calendar> busyCalendars) implements ExportPart {
    }

    private final EntityManager em;
    private final BusyCalendarService calendars;

    BusyCalendarPersonalData(EntityManager em, BusyCalendarService calendars) {
        this.em = em;
        this.calendars = calendars;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        if (!subject.isSpecialist()) {
            return null;
        }
        List<Calendar> mine = calendars.list(subject.specialistId()).stream()
                .map(c -> new Calendar(c.label(), c.maskedUrl(), c.createdAt(), c.lastSuccessAt(), c.busyIntervals()))
                .toList();
        return mine.isEmpty() ? null : new Part(mine);
    }

    @Override
    public void erase(DataSubject subject) {
        if (subject.isSpecialist()) {
            // busy_interval rows go with their calendar (ON DELETE CASCADE).
            em.createNativeQuery("DELETE FROM busy_calendar WHERE specialist_id = ?1").setParameter(1, subject.specialistId())
                    .executeUpdate();
        }
    }

    @Override
    public List<EncryptedColumn> encryptedColumns() {
        return List.of(EncryptedColumn.byId("busy_calendar", "url"));
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("busy_calendar.label", "busy_calendar.url");
    }
}

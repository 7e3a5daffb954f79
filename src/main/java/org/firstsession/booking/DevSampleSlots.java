package org.firstsession.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: gives the sample specialists (db/dev-data) open slots on weekdays of the next two weeks
 * at 09:00, 11:00 and 15:00 in their own zone, so the directory's free-consultation features have
 * something to show. Never built into prod or test.
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DevSampleSlots {

    @Transactional
    void seed(@Observes StartupEvent start, EntityManager em) {
        em.createNativeQuery("""
                INSERT INTO slot (id, specialist_id, starts_at, ends_at)
                SELECT gen_random_uuid(), s.id, t.start_at, t.start_at + interval '30 minutes'
                FROM specialist s
                CROSS JOIN generate_series(1, 14) AS d(day)
                CROSS JOIN (VALUES (time '09:00'), (time '11:00'), (time '15:00')) AS h(local_time)
                CROSS JOIN LATERAL (SELECT ((current_date + d.day) + h.local_time) AT TIME ZONE s.time_zone AS start_at) t
                WHERE s.status = 'PUBLISHED' AND s.time_zone IS NOT NULL
                  AND s.account_id IN (SELECT id FROM account WHERE issuer = 'https://firstsession.dev/seed')
                  AND extract(isodow FROM current_date + d.day) < 6
                  AND (abs(hashtext(s.id::text)) % 4) <> 0
                ON CONFLICT DO NOTHING""").executeUpdate();
    }
}

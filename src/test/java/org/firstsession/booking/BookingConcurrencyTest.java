package org.firstsession.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.firstsession.testsupport.Race;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Races: many clients for one slot (exactly one booking), reschedules into one slot, bookings against a suspension. */
@QuarkusTest
class BookingConcurrencyTest {

    private static final int RACERS = 50;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    @Test
    void fifty_clients_booking_one_slot_yield_exactly_one_booking() throws Exception {
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Dr. Popular"));
        String slot = Slots.offer(specialist, inDays(4, 9));
        List<TestUser> clients = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            TestUser client = TestUser.client();
            client.request().get("/api/me").then().statusCode(200); // account exists before the race
            clients.add(client);
        }
        List<Integer> statuses = Race.all(clients.stream().<Callable<Integer>>map(client -> () -> client.request()
                .body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings").then().extract().statusCode()).toList());

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(RACERS - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1L, count("SELECT count(*) FROM booking WHERE slot_id = ?1", UUID.fromString(slot)));
    }

    @Test
    void concurrent_reschedules_into_one_slot_yield_exactly_one_move() throws Exception {
        int movers = 20;
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Dr. Rescheduled"));
        String contested = Slots.offer(specialist, inDays(10, 6));
        List<Callable<Integer>> moves = new ArrayList<>();
        for (int i = 0; i < movers; i++) {
            TestUser client = TestUser.client();
            String slot = Slots.offer(specialist, inDays(5, 0).plus(Duration.ofMinutes(30L * i)));
            String booking = client.request().body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings")
                    .then().statusCode(201).extract().path("id");
            moves.add(() -> client.request().body(Map.of("slotId", contested))
                    .post("/api/bookings/" + booking + "/reschedule").then().extract().statusCode());
        }
        List<Integer> statuses = Race.all(moves);

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(movers - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1L, count("SELECT count(*) FROM booking WHERE slot_id = ?1 AND status <> 'CANCELLED'",
                UUID.fromString(contested)));
        // Every loser still holds its original booking: a failed move changes nothing.
        assertEquals((long) movers, count("SELECT count(*) FROM booking WHERE specialist_id = ?1 AND status = 'CONFIRMED'",
                UUID.fromString(specialist.id())));
    }

    /**
     * A suspension in progress (its transaction holds the profile row's lock, as AdminService.suspend does
     * from setting suspended_at until its cancellations commit) and a booking at that moment: the booking
     * waits for the suspension and is refused, instead of committing a confirmation the suspension never sees.
     */
    @Test
    void a_booking_made_while_the_specialist_is_being_suspended_is_refused() throws Exception {
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Dr. Being Suspended"));
        String slot = Slots.offer(specialist, inDays(4, 10));
        TestUser client = TestUser.client();
        client.request().get("/api/me").then().statusCode(200);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection suspension = dataSource.getConnection()) {
            suspension.setAutoCommit(false);
            try (PreparedStatement suspend = suspension.prepareStatement(
                    "UPDATE specialist SET suspended_at = now(), suspension_reason = 'test' WHERE id = ?")) {
                suspend.setObject(1, UUID.fromString(specialist.id()));
                assertEquals(1, suspend.executeUpdate());
            }
            Future<Integer> booking = pool.submit(() -> client.request()
                    .body(Map.of("slotId", slot, "consentVersion", "2026-11")).post("/api/bookings")
                    .then().extract().statusCode());
            // The booking must wait for the suspension to finish (before the fix it committed here at once).
            assertThrows(TimeoutException.class, () -> booking.get(2, TimeUnit.SECONDS));
            suspension.commit();
            assertEquals(409, booking.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0L, count("SELECT count(*) FROM booking WHERE slot_id = ?1 AND status = 'CONFIRMED'",
                UUID.fromString(slot)));
    }

    /** Bookings and a real suspension at the same instant: whoever wins, no booking stays confirmed. */
    @Test
    void bookings_racing_a_suspension_never_stay_confirmed() throws Exception {
        Specialists.Owned specialist = Specialists.published(Profiles.complete("Dr. Race Suspended"));
        TestUser admin = TestUser.admin();
        admin.request().get("/api/me").then().statusCode(200);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TestUser client = TestUser.client();
            client.request().get("/api/me").then().statusCode(200);
            String slot = Slots.offer(specialist, inDays(6, 0).plus(Duration.ofMinutes(30L * i)));
            calls.add(() -> client.request().body(Map.of("slotId", slot, "consentVersion", "2026-11"))
                    .post("/api/bookings").then().extract().statusCode());
        }
        calls.add(4, () -> admin.request().body(Map.of("reason", "race")).post("/api/admin/specialists/"
                + specialist.id() + "/suspend").then().extract().statusCode());
        List<Integer> statuses = Race.all(calls);

        assertEquals(200, statuses.get(4), statuses.toString());
        assertEquals(0L, count("SELECT count(*) FROM booking WHERE specialist_id = ?1 AND status = 'CONFIRMED'",
                UUID.fromString(specialist.id())), statuses.toString());
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, id)
                .getSingleResult()).longValue());
    }
}

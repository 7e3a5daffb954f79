package org.firstsession.waitlist;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Race;
import org.firstsession.testsupport.Slots;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.ext.mail.MailMessage;

/** Waitlists: joining, the queue, preference matching in the client's zone, offers, holds, accept, decline, expiry. */
@QuarkusTest
class WaitlistTest {

    private static final String CONSENT = "2026-11";

    @Inject
    WaitlistOffers offers;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Inject
    WaitlistMetrics metrics;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Instant inDays(int days, int hourUtc) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days)).plus(Duration.ofHours(hourUtc));
    }

    private static Specialists.Owned specialist() {
        return Specialists.published(Profiles.complete("Dr. Waitlist"));
    }

    private static TestUser clientIn(String zone) {
        TestUser client = TestUser.client();
        client.request().body(Map.of("timeZone", zone)).put("/api/me").then().statusCode(204);
        return client;
    }

    private static List<String> publicSlots(Specialists.Owned s) {
        return TestUser.anonymous().queryParam("from", inDays(0, 0).toString()).queryParam("to", inDays(20, 0).toString())
                .get("/api/specialists/" + s.id() + "/slots").then().statusCode(200).extract().path("items.id");
    }

    private long offersFor(String slotId, String status) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM waitlist_offer WHERE slot_id = ?1 AND status = ?2")
                .setParameter(1, UUID.fromString(slotId)).setParameter(2, status).getSingleResult()).longValue());
    }

    @Test
    void clients_join_in_order_see_their_position_and_leave() {
        Specialists.Owned s = specialist();
        TestUser a = TestUser.client();
        TestUser b = TestUser.client();
        a.request().body(Map.of("days", List.of("MONDAY", "FRIDAY"), "from", "09:00", "to", "12:00"))
                .post("/api/specialists/" + s.id() + "/waitlist")
                .then().statusCode(201).header("Location", containsString("/api/waitlist/"))
                .body("position", equalTo(1)).body("days", equalTo(List.of("MONDAY", "FRIDAY")))
                .body("from", equalTo("09:00:00")).body("createdAt", not(equalTo(null)));
        String bEntry = Waitlists.join(s, b);
        b.request().get("/api/me/waitlist").then().statusCode(200).body("", hasSize(1))
                .body("[0].position", equalTo(2)).body("[0].specialistId", equalTo(s.id()));
        String aEntry = a.request().get("/api/me/waitlist").then().extract().path("[0].id");
        a.request().delete("/api/waitlist/" + aEntry).then().statusCode(204);
        b.request().get("/api/waitlist/" + bEntry).then().statusCode(200).body("position", equalTo(1));
        a.request().get("/api/me/waitlist").then().body("", hasSize(0));
    }

    @Test
    void joining_is_refused_with_a_reason() {
        Specialists.Owned s = specialist();
        TestUser client = TestUser.client();
        Waitlists.join(s, client);
        client.request().body(Map.of()).post("/api/specialists/" + s.id() + "/waitlist")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("already-waiting"));
        s.owner().request().body(Map.of()).post("/api/specialists/" + s.id() + "/waitlist")
                .then().statusCode(422).body("type", containsString("own-waitlist"));
        client.request().body(Map.of()).post("/api/specialists/" + UUID.randomUUID() + "/waitlist")
                .then().statusCode(404).contentType("application/problem+json");
        client.request().body(Map.of("from", "12:00", "to", "09:00")).post("/api/specialists/" + specialist().id() + "/waitlist")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        client.request().body(Map.of("days", List.of("SOMEDAY"))).post("/api/specialists/" + specialist().id() + "/waitlist")
                .then().statusCode(400).contentType("application/problem+json");
        TestUser.unverifiedClient().request().body(Map.of()).post("/api/specialists/" + s.id() + "/waitlist")
                .then().statusCode(403).body("type", containsString("email-not-verified"));
    }

    @Test
    void at_most_five_waitlists_and_none_with_an_upcoming_consultation() {
        TestUser client = TestUser.client();
        for (int i = 0; i < 5; i++) {
            Waitlists.join(specialist(), client);
        }
        client.request().body(Map.of()).post("/api/specialists/" + specialist().id() + "/waitlist")
                .then().statusCode(409).body("type", containsString("too-many-waitlists"));

        Specialists.Owned s = specialist();
        TestUser booked = TestUser.client();
        String slot = Slots.offer(s, inDays(3, 9));
        booked.request().body(Map.of("slotId", slot, "consentVersion", CONSENT)).post("/api/bookings").then().statusCode(201);
        booked.request().body(Map.of()).post("/api/specialists/" + s.id() + "/waitlist")
                .then().statusCode(409).body("type", containsString("already-booked-with-specialist"));
    }

    @Test
    void the_first_client_whose_preferences_match_in_their_own_zone_gets_the_offer_and_the_slot_is_held() {
        Specialists.Owned s = specialist();
        Instant start = inDays(3, 9); // 18:00 in Tokyo, 10:00 in Berlin
        String tokyoDay = start.atZone(ZoneId.of("Asia/Tokyo")).getDayOfWeek().name();
        String otherDay = start.atZone(ZoneId.of("Asia/Tokyo")).getDayOfWeek().plus(1).name();
        TestUser berlin = clientIn("Europe/Berlin");
        TestUser wrongDay = clientIn("Asia/Tokyo");
        TestUser tokyo = clientIn("Asia/Tokyo");
        TestUser anyTime = clientIn("Europe/Berlin");
        Waitlists.join(s, berlin, Map.of("from", "17:00", "to", "20:00"));
        Waitlists.join(s, wrongDay, Map.of("days", List.of(otherDay)));
        Waitlists.join(s, tokyo, Map.of("days", List.of(tokyoDay), "from", "17:00", "to", "19:00"));
        Waitlists.join(s, anyTime);

        String slot = Slots.offer(s, start); // offered at once (a new slot), without waiting for a run
        offers.run();
        assertEquals(List.of(), Waitlists.openOffers(berlin));
        assertEquals(List.of(), Waitlists.openOffers(wrongDay));
        assertEquals(1, Waitlists.openOffers(tokyo).size());
        assertEquals(List.of(), Waitlists.openOffers(anyTime));

        // Held: not in the public list, and nobody else can book it.
        assertFalse(publicSlots(s).contains(slot));
        anyTime.request().body(Map.of("slotId", slot, "consentVersion", CONSENT)).post("/api/bookings")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("slot-held"));

        MailMessage mail = Waitlists.offerMails(mailbox, tokyo, 1).get(0);
        assertTrue(mail.getSubject().contains("18:00 Asia/Tokyo"), mail.getSubject());
        assertFalse(mail.getSubject().contains("Dr. Waitlist"), "no specialist in the subject: " + mail.getSubject());
        assertFalse(mail.getSubject().toLowerCase().contains("depress"), mail.getSubject());

        // The link's page is scanner-safe: opening it changes nothing.
        String token = Waitlists.token(mail);
        RestAssured.given().get("/waitlist/offers/" + token).then().statusCode(200)
                .body(containsString("Accept")).body(containsString("Decline"));
        RestAssured.given().get("/waitlist/offers/" + token).then().statusCode(200);
        assertEquals(1, offersFor(slot, "OPEN"));
        RestAssured.given().get("/waitlist/offers/" + "x".repeat(43)).then().statusCode(404);
    }

    @Test
    void accepting_books_the_slot_and_ends_the_entry_once() {
        Specialists.Owned s = specialist();
        TestUser client = TestUser.client();
        Waitlists.join(s, client);
        String slot = Slots.offer(s, inDays(4, 10));
        offers.run();
        String offer = Waitlists.openOffers(client).get(0);
        client.request().body(Map.of("consentVersion", "1999-01")).post("/api/waitlist/offers/" + offer + "/accept")
                .then().statusCode(422).contentType("application/problem+json");
        client.request().body(Map.of("consentVersion", CONSENT)).post("/api/waitlist/offers/" + offer + "/accept")
                .then().statusCode(201).header("Location", containsString("/api/bookings/")).body("slotId", equalTo(slot));
        client.request().get("/api/me/waitlist").then().body("", hasSize(0));
        client.request().get("/api/me/waitlist/offers").then().body("[0].status", equalTo("ACCEPTED"))
                .body("[0].bookingId", not(equalTo(null)));
        client.request().body(Map.of("consentVersion", CONSENT)).post("/api/waitlist/offers/" + offer + "/accept")
                .then().statusCode(409).body("type", containsString("offer-closed"));
        client.request().post("/api/waitlist/offers/" + offer + "/decline").then().statusCode(409);
    }

    @Test
    void declining_passes_the_slot_to_the_next_client_at_once_and_never_back() {
        Specialists.Owned s = specialist();
        TestUser first = TestUser.client();
        TestUser second = TestUser.client();
        Waitlists.join(s, first);
        Waitlists.join(s, second);
        String slot = Slots.offer(s, inDays(5, 10));
        offers.run();
        String offer = Waitlists.openOffers(first).get(0);
        assertEquals(List.of(), Waitlists.openOffers(second));
        first.request().post("/api/waitlist/offers/" + offer + "/decline").then().statusCode(200).body("status", equalTo("DECLINED"));
        assertEquals(1, Waitlists.openOffers(second).size(), "offered to the next client without waiting for a run");
        offers.run();
        assertEquals(List.of(), Waitlists.openOffers(first), "a slot is offered to a client once");
        assertEquals(1, offersFor(slot, "OPEN"));
        // The first client stays on the waitlist for other times.
        first.request().get("/api/me/waitlist").then().body("", hasSize(1));
    }

    @Test
    void an_expired_offer_goes_to_the_next_client() {
        Specialists.Owned s = specialist();
        TestUser first = TestUser.client();
        TestUser second = TestUser.client();
        Waitlists.join(s, first);
        Waitlists.join(s, second);
        String slot = Slots.offer(s, inDays(6, 10));
        offers.run();
        String offer = Waitlists.openOffers(first).get(0);
        expire(slot);
        offers.run();
        first.request().get("/api/me/waitlist/offers").then().body("find { it.id == '" + offer + "' }.status", equalTo("EXPIRED"));
        assertEquals(1, Waitlists.openOffers(second).size());
        first.request().body(Map.of("consentVersion", CONSENT)).post("/api/waitlist/offers/" + offer + "/accept")
                .then().statusCode(409).body("type", containsString("offer-closed"));
    }

    @Test
    void a_cancelled_booking_frees_the_slot_for_the_waitlist() {
        Specialists.Owned s = specialist();
        TestUser booker = TestUser.client();
        TestUser waiting = TestUser.client();
        String slot = Slots.offer(s, inDays(7, 10));
        String booking = booker.request().body(Map.of("slotId", slot, "consentVersion", CONSENT)).post("/api/bookings")
                .then().statusCode(201).extract().path("id");
        Waitlists.join(s, waiting);
        offers.run();
        assertEquals(List.of(), Waitlists.openOffers(waiting));
        booker.request().body(Map.of()).post("/api/bookings/" + booking + "/cancel").then().statusCode(200);
        offers.run();
        assertEquals(1, Waitlists.openOffers(waiting).size());
        assertEquals(1, offersFor(slot, "OPEN"));
    }

    @Test
    void concurrent_runs_make_one_offer_per_slot() throws Exception {
        Specialists.Owned s = specialist();
        List<TestUser> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TestUser client = TestUser.client();
            Waitlists.join(s, client);
            clients.add(client);
        }
        // Straight into the table: no "slot freed" event offers it before the runs race.
        String slot = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO slot (id, specialist_id, starts_at, ends_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, UUID.fromString(slot)).setParameter(2, UUID.fromString(s.id()))
                .setParameter(3, inDays(8, 10)).setParameter(4, inDays(8, 10).plus(Duration.ofMinutes(30))).executeUpdate());
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(offers::run);
        }
        List<Integer> made = Race.all(runs);
        assertEquals(1, offersFor(slot, "OPEN"));
        assertTrue(made.stream().mapToInt(Integer::intValue).sum() >= 1, made.toString());
        assertEquals(1, Waitlists.openOffers(clients.get(0)).size(), "the first in the queue");
        assertEquals(1, Waitlists.offerMails(mailbox, clients.get(0), 1).size());
    }

    @Test
    void accepting_races_a_direct_booking_and_exactly_one_wins() throws Exception {
        Specialists.Owned s = specialist();
        TestUser waiting = TestUser.client();
        TestUser direct = TestUser.client();
        Waitlists.join(s, waiting);
        String slot = Slots.offer(s, inDays(9, 10));
        offers.run();
        String offer = Waitlists.openOffers(waiting).get(0);
        List<Integer> statuses = Race.all(List.of(
                () -> waiting.request().body(Map.of("consentVersion", CONSENT)).post("/api/waitlist/offers/" + offer + "/accept")
                        .then().extract().statusCode(),
                () -> direct.request().body(Map.of("slotId", slot, "consentVersion", CONSENT)).post("/api/bookings")
                        .then().extract().statusCode()));
        assertEquals(1, statuses.stream().filter(c -> c == 201).count(), statuses.toString());
        assertEquals(1, statuses.stream().filter(c -> c == 409).count(), statuses.toString());
        long live = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM booking WHERE slot_id = ?1 AND status <> 'CANCELLED'")
                .setParameter(1, UUID.fromString(slot)).getSingleResult()).longValue());
        assertEquals(1, live);
    }

    @Test
    void the_waitlist_is_in_the_export_and_gone_after_erasure() {
        Specialists.Owned s = specialist();
        TestUser client = TestUser.client();
        Waitlists.join(s, client, Map.of("days", List.of("TUESDAY")));
        Slots.offer(s, inDays(10, 10));
        offers.run();
        client.request().get("/api/me/export").then().statusCode(200)
                .body("waitlists[0].specialistId", equalTo(s.id())).body("waitlists[0].days", equalTo(List.of("TUESDAY")));
        client.request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM waitlist_entry WHERE specialist_id = ?1")
                .setParameter(1, UUID.fromString(s.id())).getSingleResult()).longValue());
        assertEquals(0, left);
    }

    @Test
    void a_client_holds_one_offer_at_a_time_so_a_second_slot_goes_to_the_next_client() {
        Specialists.Owned s = specialist();
        TestUser first = TestUser.client();
        TestUser second = TestUser.client();
        Waitlists.join(s, first);
        Waitlists.join(s, second);
        String soon = Slots.offer(s, inDays(11, 10));
        String later = Slots.offer(s, inDays(11, 12));
        offers.run();
        first.request().get("/api/me/waitlist/offers").then().statusCode(200)
                .body("findAll { it.status == 'OPEN' }.slotId", equalTo(List.of(soon)));
        second.request().get("/api/me/waitlist/offers").then().statusCode(200)
                .body("findAll { it.status == 'OPEN' }.slotId", equalTo(List.of(later)));
        assertFalse(publicSlots(s).contains(soon));
        assertFalse(publicSlots(s).contains(later));
    }

    @Test
    void a_second_slot_waits_until_the_only_matching_clients_offer_ends() {
        Specialists.Owned s = specialist();
        TestUser only = TestUser.client();
        Waitlists.join(s, only);
        String soon = Slots.offer(s, inDays(12, 10));
        String later = Slots.offer(s, inDays(12, 12));
        offers.run();
        List<String> open = Waitlists.openOffers(only);
        assertEquals(1, open.size(), "one open offer per client");
        assertEquals(1, offersFor(soon, "OPEN"));
        assertEquals(0, offersFor(later, "OPEN"));
        assertTrue(publicSlots(s).contains(later), "not held meanwhile: anyone may book it");

        only.request().post("/api/waitlist/offers/" + open.get(0) + "/decline").then().statusCode(200);
        offers.run();
        assertEquals(1, offersFor(later, "OPEN"), "offered once the first offer ended");
        assertEquals(1, Waitlists.openOffers(only).size());
        assertFalse(publicSlots(s).contains(later));
    }

    @Test
    void offers_and_waiting_entries_are_in_the_metrics() {
        double made = offerMetric("made");
        double declined = offerMetric("declined");
        double expired = offerMetric("expired");
        double accepted = offerMetric("accepted");
        Specialists.Owned s = specialist();
        TestUser a = TestUser.client();
        TestUser b = TestUser.client();
        TestUser c = TestUser.client();
        Waitlists.join(s, a);
        Waitlists.join(s, b);
        Waitlists.join(s, c);
        String slot = Slots.offer(s, inDays(13, 10)); // offered to a
        a.request().post("/api/waitlist/offers/" + Waitlists.openOffers(a).get(0) + "/decline").then().statusCode(200); // to b
        expire(slot);
        offers.run(); // b's expires, to c
        c.request().body(Map.of("consentVersion", CONSENT)).post("/api/waitlist/offers/" + Waitlists.openOffers(c).get(0) + "/accept")
                .then().statusCode(201);
        assertEquals(made + 3, offerMetric("made"));
        assertEquals(declined + 1, offerMetric("declined"));
        assertEquals(expired + 1, offerMetric("expired"));
        assertEquals(accepted + 1, offerMetric("accepted"));

        long waiting = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM waitlist_entry").getSingleResult()).longValue());
        assertEquals(waiting, metrics.sample());
        assertEquals((double) waiting, metric("firstsession_waitlist_waiting ([0-9.E]+)"));
    }

    @Test
    void bad_input_is_a_problem_never_a_500() {
        Specialists.Owned s = specialist();
        TestUser client = TestUser.client();
        String join = "/api/specialists/" + s.id() + "/waitlist";
        for (String body : List.of("{", "[]", "{\"from\": \"25:00\"}", "{\"days\": \"MONDAY\"}", "{\"days\": [null]}",
                "{\"days\": [\"MONDAY\",\"MONDAY\",\"MONDAY\",\"MONDAY\",\"MONDAY\",\"MONDAY\",\"MONDAY\",\"MONDAY\"]}")) {
            client.request().body(body).post(join).then().statusCode(400).contentType("application/problem+json");
        }
        client.request().body(Map.of()).post("/api/specialists/not-a-uuid/waitlist").then()
                .statusCode(404).contentType("application/problem+json");
        client.request().get("/api/waitlist/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        client.request().delete("/api/waitlist/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        client.request().body(Map.of("consentVersion", CONSENT)).post("/api/waitlist/offers/" + UUID.randomUUID() + "/accept")
                .then().statusCode(404).contentType("application/problem+json");
        client.request().body("{\"consentVersion\": [1]}").post("/api/waitlist/offers/" + UUID.randomUUID() + "/accept")
                .then().statusCode(400).contentType("application/problem+json");
        client.request().post("/api/waitlist/offers/x/decline").then().statusCode(404).contentType("application/problem+json");
        for (String body : List.of("{", "{}", "{\"from\": \"2026-13-01\", \"to\": \"2026-12-01\"}",
                "{\"from\": \"2026-12-01\", \"to\": \"2026-12-02\", \"note\": \"" + "n".repeat(201) + "\"}")) {
            s.owner().request().body(body).post("/api/me/time-off").then().statusCode(400).contentType("application/problem+json");
        }
        s.owner().request().get("/api/me/time-off/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        RestAssured.given().get("/waitlist/offers/" + "%25".repeat(30)).then().statusCode(404);
        RestAssured.given().get("/waitlist/offers/" + "a".repeat(500)).then().statusCode(404);
    }

    private static double offerMetric(String outcome) {
        return metric("firstsession_waitlist_offers_total\\{[^}]*outcome=\"" + outcome + "\"[^}]*} ([0-9.E]+)");
    }

    /** The value of the first line of /q/metrics that matches {@code line} (its group 1). */
    private static double metric(String line) {
        String body = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + line + "$").matcher(body);
        assertTrue(m.find(), "no metric " + line);
        return Double.parseDouble(m.group(1));
    }

    private void expire(String slot) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE waitlist_offer SET expires_at = now() - interval '1 minute' WHERE slot_id = ?1")
                    .setParameter(1, UUID.fromString(slot)).executeUpdate();
            em.createNativeQuery("UPDATE slot_hold SET held_until = now() - interval '1 minute' WHERE slot_id = ?1")
                    .setParameter(1, UUID.fromString(slot)).executeUpdate();
        });
    }
}

package harness;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import static harness.Bench.*;
import static harness.Load.*;
import static harness.Postgres.*;

/** The benchmark data: what bench/seed.sql seeded, read back, and the requests each scenario sends. */
record Fixtures(int n, List<String> specialists, List<String[]> bookable, List<String> contested,
        List<String[]> warmupSlots, List<String> bookerTokens, List<String> messengerTokens, List<String> messengerConversations,
        String clientToken) {

    static final String[] WORDS = {"anxiety", "depression", "trauma", "burnout", "grief", "sleep", "panic", "couples",
            "family", "adhd", "addiction", "relationships", "stress", "anxeity", "depresion", "Berlin", "Weber", "Clara",
            "psychotherapist", "eating"};
    static final String[] SPECIALTIES = {"anxiety", "depression", "trauma-ptsd", "relationships", "stress-burnout", "sleep"};
    static final String[] LANGUAGES = {"en", "de", "fr", "es", "tr"};
    static final String[] CITIES = {"Berlin", "Vienna", "Hamburg", "Paris", "Madrid"};
    /** GeoNames ids of bench/seed.sql's places for near= (issue #22): Berlin, Vienna, Hamburg, Paris, Madrid, Potsdam, Bonn. */
    static final long[] PLACES = {2950159, 2761369, 2911298, 2988507, 3117735, 2852458, 2946447};

    static final String[] PGBENCH_WORDS = {"anxiety", "depression", "burnout", "grief", "sleep", "panic", "family", "stress"};
    static final String[] PGBENCH_SPECIALTIES = {"anxiety", "depression", "relationships", "sleep"};

    /** The app's stored form of private text: v1:<key id>:base64(iv ‖ AES-256-GCM ciphertext ‖ tag). */
    static String encrypt(byte[] key, String text) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return "v1:primary:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    }

    static Fixtures load(int n, Oidc oidc) throws Exception {
        List<String> specialists = psqlRows("SELECT id FROM specialist WHERE status = 'PUBLISHED' ORDER BY md5(id::text) LIMIT 2000")
                .stream().map(row -> row[0]).toList();
        // Open future slots (no live booking), 2+ days ahead, one per specialist first so bookings spread.
        List<String[]> open = psqlRows("""
                SELECT sl.id, sl.specialist_id FROM slot sl
                WHERE sl.withdrawn_at IS NULL AND sl.starts_at > now() + interval '2 days'
                  AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED')
                ORDER BY md5(sl.id::text) LIMIT 8000""");
        int bookings = BOOKING_RATE * duration;
        int bursts = smoke ? 3 : 10;
        if (open.size() < bookings + bursts) {
            throw new IllegalStateException("not enough open slots for the booking scenario: " + open.size());
        }
        int warmupBookings = WARMUP_BOOKING_RATE * warmup;
        if (open.size() < bookings + bursts + warmupBookings || bookings + 20 * bursts + warmupBookings > 6000) {
            throw new IllegalStateException("not enough open slots or bench bookers for " + bookings + " bookings");
        }
        List<String[]> bookable = new ArrayList<>(open.subList(0, bookings));
        List<String> contested = open.subList(bookings, bookings + bursts).stream().map(s -> s[0]).toList();
        List<String[]> warmupSlots = new ArrayList<>(open.subList(bookings + bursts, bookings + bursts + warmupBookings));
        List<String> bookers = new ArrayList<>();
        for (int i = 1; i <= bookings + 20 * bursts + warmupBookings; i++) {
            bookers.add(oidc.token("bench-booker-" + i, "Booker " + i));
        }
        List<String> messengers = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            messengers.add(oidc.token("bench-messenger-" + i, "Messenger " + i));
        }
        List<String> conversations = psqlRows("""
                SELECT c.id FROM conversation c JOIN account a ON a.id = c.client_id
                WHERE a.subject LIKE 'bench-messenger-%' ORDER BY substring(a.subject from 17)::int""")
                .stream().map(row -> row[0]).toList();
        return new Fixtures(n, specialists, bookable, contested, warmupSlots, bookers, messengers, conversations,
                oidc.token("bench-client-1", "Client 1"));
    }

    /** The directory as visitors use it: text, filters, both, or neither; pages 1-3. */
    Supplier<HttpRequest> directory(Random random) {
        return () -> {
            StringBuilder query = new StringBuilder("?");
            int shape = random.nextInt(100);
            if (shape < 55) {
                query.append("q=").append(WORDS[random.nextInt(WORDS.length)]).append('&');
            }
            if (shape >= 30 && shape < 80) {
                switch (random.nextInt(4)) {
                    case 0 -> query.append("specialty=").append(SPECIALTIES[random.nextInt(SPECIALTIES.length)]).append('&');
                    case 1 -> query.append("language=").append(LANGUAGES[random.nextInt(LANGUAGES.length)]).append('&');
                    case 2 -> query.append("city=").append(CITIES[random.nextInt(CITIES.length)]).append('&');
                    default -> query.append("format=online&");
                }
            }
            if (random.nextInt(10) == 0) {
                query.append("freeConsultation=true&");
            }
            if (random.nextInt(10) == 0) {
                nearQuery(random, query);
            }
            query.append("page=").append(page(random));
            return get(base() + "/api/specialists" + query, null);
        };
    }

    /**
     * Near a place (issue #22) as a visitor searches from the Near field: 25 km around one of the seeded places,
     * half of them nearest first, a quarter also with a text word; pages 1-3.
     */
    Supplier<HttpRequest> near(Random random) {
        return () -> {
            StringBuilder query = new StringBuilder("?");
            if (random.nextInt(4) == 0) {
                query.append("q=").append(WORDS[random.nextInt(WORDS.length)]).append('&');
            }
            nearQuery(random, query);
            query.append("page=").append(page(random));
            return get(base() + "/api/specialists" + query, null);
        };
    }

    private static void nearQuery(Random random, StringBuilder query) {
        query.append("near=").append(PLACES[random.nextInt(PLACES.length)]).append("&radiusKm=25&");
        if (random.nextBoolean()) {
            query.append("sort=distance&");
        }
    }

    Supplier<HttpRequest> defaultListing(Random random) {
        return () -> get(base() + "/api/specialists?page=" + page(random), null);
    }

    /** The three query shapes bench/pgbench/*.sql run directly against PostgreSQL, in the same 4:3:3 mix. */
    Supplier<HttpRequest> pgbenchMix(Random random) {
        return () -> {
            int shape = random.nextInt(10);
            int page = random.nextInt(3);
            if (shape < 4) {
                return get(base() + "/api/specialists?page=" + page, null);
            } else if (shape < 7) {
                return get(base() + "/api/specialists?q=" + PGBENCH_WORDS[random.nextInt(PGBENCH_WORDS.length)] + "&page=" + page, null);
            }
            return get(base() + "/api/specialists?specialty=" + PGBENCH_SPECIALTIES[random.nextInt(PGBENCH_SPECIALTIES.length)]
                    + "&language=de&page=" + page, null);
        };
    }

    Supplier<HttpRequest> profile(Random random) {
        return () -> get(base() + "/api/specialists/" + specialists.get(random.nextInt(specialists.size())), null);
    }

    Supplier<HttpRequest> slots(Random random) {
        return () -> {
            LocalDate from = LocalDate.now(ZoneOffset.UTC);
            return get(base() + "/api/specialists/" + specialists.get(random.nextInt(specialists.size()))
                    + "/slots?from=" + from + "&to=" + from.plusDays(31) + "&tz=Europe/Berlin", null);
        };
    }

    /** Bookings for the warm-up: their own slots and clients (after the ones the scenarios use). */
    Supplier<HttpRequest> warmupBookings() {
        AtomicInteger next = new AtomicInteger();
        int firstBooker = bookable.size() + 20 * contested.size();
        return () -> {
            int i = next.getAndIncrement() % warmupSlots.size();
            return post(base() + "/api/bookings", bookerTokens.get(firstBooker + i),
                    "{\"slotId\":\"" + warmupSlots.get(i)[0] + "\",\"consentVersion\":\"2026-11\"}");
        };
    }

    Supplier<HttpRequest> bookings() {
        AtomicInteger next = new AtomicInteger();
        return () -> {
            int i = next.getAndIncrement() % bookable.size();
            return post(base() + "/api/bookings", bookerTokens.get(i),
                    "{\"slotId\":\"" + bookable.get(i)[0] + "\",\"consentVersion\":\"2026-11\",\"note\":\"First time in therapy.\"}");
        };
    }

    /** Bursts of 20 different clients booking the same slot at the same moment: one 201, the rest 409. */
    Result contestedBursts(Load load) throws InterruptedException {
        Result result = new Result("contested bursts (20 clients x " + contested.size() + " slots)", "burst", 0, 0);
        int booker = bookable.size();
        for (String slot : contested) {
            List<HttpRequest> burst = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                burst.add(post(base() + "/api/bookings", bookerTokens.get(booker++),
                        "{\"slotId\":\"" + slot + "\",\"consentVersion\":\"2026-11\"}"));
            }
            load.burst(burst, result);
            Thread.sleep(200);
        }
        result.finish(contested.size() * 20, 0);
        return result;
    }

    Supplier<HttpRequest> sends(Random random) {
        AtomicInteger next = new AtomicInteger();
        return () -> {
            int i = next.getAndIncrement() % messengerConversations.size();
            return post(base() + "/api/conversations/" + messengerConversations.get(i) + "/messages",
                    messengerTokens.get(i), "{\"text\":\"Thank you, see you on Tuesday. (" + random.nextInt(1000) + ")\"}");
        };
    }

    Supplier<HttpRequest> conversations(Random random) {
        return () -> get(base() + "/api/conversations", messengerTokens.get(random.nextInt(messengerConversations.size())));
    }

    Supplier<HttpRequest> threads(Random random) {
        return () -> {
            int i = random.nextInt(messengerConversations.size());
            return get(base() + "/api/conversations/" + messengerConversations.get(i) + "/messages", messengerTokens.get(i));
        };
    }

    private static int page(Random random) {
        int p = random.nextInt(100);
        return p < 60 ? 0 : p < 85 ? 1 : 2;
    }
}

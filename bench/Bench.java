// The FirstSession benchmark harness: one self-contained Java program (JDK only, run by bench/run).
//
// For each data size it recreates the database fs_bench, lets the packaged app migrate it, seeds it with
// bench/seed.sql, starts the packaged app (prod profile) against it and drives it with an OPEN-MODEL load
// generator: requests are sent at their scheduled time whether or not earlier ones have answered, and
// latency is measured from the scheduled time, so a slow server cannot hide its queue (no coordinated
// omission). It measures the ceilings in the same run (a trivial endpoint, pgbench on the directory SQL),
// records CPU and RSS, EXPLAINs the hot queries and writes docs/benchmarks.md.
//
// Tokens come from a small OIDC provider served by this program (discovery + JWKS on loopback, RS256),
// so the app validates every request's signature exactly as in production; emails go to an SMTP sink
// served by this program, so the outbox relay really delivers over SMTP.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

public class Bench {

    // ------------------------------------------------------------------------------------------------
    // Options
    // ------------------------------------------------------------------------------------------------
    static boolean smoke;
    static List<Integer> sizes = List.of(1_000, 10_000, 100_000);
    static int duration = 30;      // seconds measured per scenario
    static int warmup = 20;        // seconds of mixed load before the first measurement
    static Path out = Path.of("docs/benchmarks.md");
    static Path work = Path.of("target/bench");
    static boolean profile;        // --profile: record the app with Java Flight Recorder (target/bench/app-<n>.jfr)
    static String jar = "target/quarkus-app/quarkus-run.jar";
    // A small-footprint JVM for a 2-core box: the live heap under load is ~45 MB (young pauses ~5 ms), so
    // 96 MB of heap is plenty; MetaspaceSize avoids three full GCs while the app loads its classes.
    static List<String> jvmOptions = List.of("-Xmx96m", "-Xss512k", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=48m",
            "-XX:MetaspaceSize=96m", "-XX:MaxMetaspaceSize=160m");
    static String dbHost = env("BENCH_DB_HOST", "127.0.0.1");
    static String dbPort = env("BENCH_DB_PORT", "5432");
    static String dbName = env("BENCH_DB_NAME", "fs_bench");
    static String dbUser = env("BENCH_DB_USER", "firstsession");
    static String dbPassword = env("BENCH_DB_PASSWORD", "firstsession");

    // Rates of the scenarios (requests per second), as the issue's targets name them.
    static final int DIRECTORY_RATE = 200;
    static final int PROFILE_RATE = 200;
    static final int BOOKING_RATE = 50;
    static final int MESSAGE_SEND_RATE = 10;
    static final int MESSAGE_READ_RATE = 40;
    static final int WARMUP_BOOKING_RATE = 10;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::parseInt).toList();
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--jvm" -> jvmOptions = List.of(args[++i].split(" "));
                case "--profile" -> profile = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --smoke, --sizes 1000,10000, --duration s, --warmup s, --out file, --jvm \"opts\")");
            }
        }
        if (smoke) {
            sizes = List.of(1_000);
            duration = 5;
            warmup = 5;
            if (out.equals(Path.of("docs/benchmarks.md"))) {
                out = work.resolve("benchmarks-smoke.md");
            }
        }
        Files.createDirectories(work);
        Report report = new Report();
        report.machine = machine();
        Oidc oidc = Oidc.start();
        SmtpSink smtp = SmtpSink.start();
        try {
            for (int n : sizes) {
                report.sizes.add(runSize(n, oidc, smtp));
            }
        } finally {
            oidc.stop();
            smtp.stop();
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.markdown());
        log("wrote " + out);
        List<String> missed = report.missedTargets();
        if (smoke) {
            // The smoke run proves the harness works end to end; it fails only on errors, not on timings.
            List<String> errors = report.unexpectedErrors();
            if (!errors.isEmpty()) {
                System.err.println("SMOKE FAILED: " + errors);
                System.exit(1);
            }
            log("smoke run OK (" + missed.size() + " timing targets not met in this short run; not checked in smoke mode)");
        } else {
            log(missed.isEmpty() ? "all targets met" : "targets missed: " + missed);
        }
        System.exit(0); // the HTTP client's and servers' threads would keep the JVM alive
    }

    // ------------------------------------------------------------------------------------------------
    // One data size
    // ------------------------------------------------------------------------------------------------
    static SizeResult runSize(int n, Oidc oidc, SmtpSink smtp) throws Exception {
        SizeResult r = new SizeResult(n);
        log("=== " + n + " specialists");
        psql("DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE EXTENSION pg_trgm; CREATE EXTENSION btree_gist;");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> env = appEnv(oidc, smtp, key);

        App migrate = App.start(env, work.resolve("app-migrate-" + n + ".log"));
        migrate.awaitFirstAnswer();
        migrate.stop();

        long t0 = System.nanoTime();
        StringBuilder ciphers = new StringBuilder("CREATE TABLE bench_cipher (body text); INSERT INTO bench_cipher VALUES ");
        String[] texts = {"Hello, I would like to book a first consultation. Do you have time next week?",
                "Thank you for your message. Yes, Tuesday afternoon works for me.",
                "Could we do the session online? I live outside the city.",
                "Of course. I will send you the link before we meet.",
                "I have been feeling very stressed at work lately and would like to talk about it.",
                "That sounds hard. We can start there in our first session.",
                "Is the first consultation really free, with no obligation?",
                "Yes, it is free and you decide afterwards whether to continue."};
        for (int i = 0; i < texts.length; i++) {
            ciphers.append(i == 0 ? "" : ",").append("('").append(encrypt(key, texts[i])).append("')");
        }
        psql(ciphers + ";");
        psqlFile(Path.of("bench/seed.sql"), Map.of("n", String.valueOf(n), "issuer", oidc.issuer));
        psql("VACUUM (ANALYZE);");
        r.seedSeconds = (System.nanoTime() - t0) / 1e9;
        r.rows = psqlRows("SELECT (SELECT count(*) FROM specialist), (SELECT count(*) FROM slot), "
                + "(SELECT count(*) FROM booking), (SELECT count(*) FROM conversation), (SELECT count(*) FROM message), "
                + "pg_size_pretty(pg_database_size(current_database()))").get(0);
        log("seeded in " + String.format(Locale.ROOT, "%.1f", r.seedSeconds) + " s: " + String.join(" / ", r.rows)
                + " (specialists / slots / bookings / conversations / messages / size)");

        Fixtures f = Fixtures.load(n, oidc);
        App app = App.start(env, work.resolve("app-" + n + ".log"));
        r.firstAnswerMillis = app.awaitFirstAnswer();
        r.rssAfterFirstMb = app.rssMb();
        log("first answer after " + r.firstAnswerMillis + " ms, RSS " + r.rssAfterFirstMb + " MB");
        Load load = new Load(app.base);
        try {
            // Warm-up: the same traffic as the scenarios, unmeasured (JIT, connection pool, PostgreSQL cache).
            log("warm-up " + warmup + " s");
            // Bookings and messages too: otherwise their first seconds in the scenario run on cold code.
            load.openPair("warm-up", 150, warmup, mix(f.directory(new Random(1)), f.profile(new Random(2)),
                    f.slots(new Random(3)), f.conversations(new Random(4)), f.threads(new Random(5))),
                    f.warmupBookings(), WARMUP_BOOKING_RATE);

            // Ceilings first, on a quiet app.
            r.add(load.closed("ceiling: trivial endpoint (GET /api/taxonomy)", 32, duration,
                    () -> get(app.base + "/api/taxonomy", null)));
            r.add(load.closed("ceiling: directory, saturated (pgbench mix)", 8, duration, f.pgbenchMix(new Random(5))));
            r.pgbench = pgbench(f, Math.max(duration, 10));

            r.add(load.open("directory search mix", DIRECTORY_RATE, duration, f.directory(new Random(6))));
            r.add(load.open("directory default page (no q)", DIRECTORY_RATE, duration, f.defaultListing(new Random(7))));
            r.add(load.openPair("profile + 31-day slots", PROFILE_RATE, duration, f.profile(new Random(8)), f.slots(new Random(9))));
            r.add(load.open("booking distinct slots", BOOKING_RATE, duration, f.bookings()));
            r.add(f.contestedBursts(load));
            r.add(load.openPair("messaging: send + list", MESSAGE_SEND_RATE, duration, f.sends(new Random(10)),
                    mix(f.conversations(new Random(11)), f.threads(new Random(12))), MESSAGE_READ_RATE));
            // Let the outbox relay catch up, then count what was delivered and what is still queued.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline && !psqlRows("SELECT 1 FROM email_outbox WHERE status = 'PENDING' LIMIT 1").isEmpty()) {
                Thread.sleep(1000);
            }
            r.emails = String.join(", ", psqlRows("SELECT status || ': ' || count(*) FROM email_outbox GROUP BY status ORDER BY status")
                    .stream().map(row -> row[0]).toList()) + "; SMTP sink received " + smtp.messages.get() + " in all";
            log("emails: " + r.emails);
        } finally {
            if (jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:NativeMemoryTracking"))) {
                Files.writeString(work.resolve("nmt-" + n + ".txt"), run(List.of(Path.of(System.getProperty("java.home"), "bin",
                        "jcmd").toString(), String.valueOf(app.process.pid()), "VM.native_memory", "summary")));
            }
            r.rssAfterRunMb = app.rssMb();
            r.peakRssMb = app.peakRssMb();
            r.appCpuSeconds = app.cpuSeconds();
            app.stop();
        }
        r.explains = explains(f);
        if (n == sizes.get(sizes.size() - 1)) {
            r.startups = startups(env, f);
        }
        return r;
    }

    record Startup(String launch, long medianMillis, long minMillis, long maxMillis, long rssMb) {
    }

    /**
     * Time from process start to the first answered request, three starts each: JDK 17 (the build's) with
     * and without the AppCDS archive, and, when Temurin 25 is installed, JDK 25 with an AOT cache made by a
     * training run on this database (JEP 483/514: classes loaded and linked ahead of time).
     */
    static List<Startup> startups(Map<String, String> env, Fixtures f) throws Exception {
        String java17 = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String[]> launches = new LinkedHashMap<>();
        launches.put("JDK " + Runtime.version().feature() + ", no class data archive", new String[] {java17, "-Xshare:auto"});
        if (Files.exists(Path.of(jar).toAbsolutePath().getParent().resolve("app-cds.jsa"))) {
            launches.put("JDK " + Runtime.version().feature() + " + AppCDS archive (bench/run's build)",
                    new String[] {java17, "-XX:SharedArchiveFile=app-cds.jsa"});
        }
        Path jdk25 = Files.list(Path.of("/usr/lib/jvm")).filter(p -> p.getFileName().toString().matches(".*-2[5-9]-.*"))
                .map(p -> p.resolve("bin/java")).filter(Files::exists).findFirst().orElse(null);
        if (jdk25 != null) {
            Path cache = work.resolve("app.aot").toAbsolutePath();
            Files.deleteIfExists(cache);
            log("AOT training run on " + jdk25);
            App training = App.start(env, work.resolve("app-aot-training.log"), jdk25.toString(),
                    List.of("-XX:AOTCacheOutput=" + cache));
            training.awaitFirstAnswer();
            new Load(training.base).open("AOT training", 40, smoke ? 5 : 15, mix(f.directory(new Random(21)), f.profile(new Random(22)),
                    f.slots(new Random(23)), f.conversations(new Random(24)), f.threads(new Random(25))));
            training.stop();
            if (Files.exists(cache)) {
                launches.put("JDK 25 + AOT cache from a training run", new String[] {jdk25.toString(), "-XX:AOTCache=" + cache});
            } else {
                log("no AOT cache was written; see target/bench/app-aot-training.log");
            }
        }
        List<Startup> results = new ArrayList<>();
        for (Map.Entry<String, String[]> launch : launches.entrySet()) {
            long[] millis = new long[smoke ? 1 : 3]; // smoke: one start each, to stay under two minutes
            long rss = 0;
            for (int i = 0; i < millis.length; i++) {
                App app = App.start(env, work.resolve("app-startup.log"), launch.getValue()[0], List.of(launch.getValue()[1]));
                millis[i] = app.awaitFirstAnswer();
                rss = Math.max(rss, app.rssMb());
                app.stop();
            }
            Arrays.sort(millis);
            long median = millis[millis.length / 2];
            results.add(new Startup(launch.getKey(), median, millis[0], millis[millis.length - 1], rss));
            log("start-up, " + launch.getKey() + ": median " + median + " ms (" + millis[0] + "-" + millis[millis.length - 1] + ")");
        }
        appBase = null;
        return results;
    }

    static Map<String, String> appEnv(Oidc oidc, SmtpSink smtp, byte[] key) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(freePort()));
        env.put("DB_URL", "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + dbName);
        env.put("DB_USERNAME", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        env.put("OIDC_AUTH_SERVER_URL", oidc.issuer);
        env.put("OIDC_AUDIENCE", "firstsession-api");
        env.put("ENCRYPTION_KEY", Base64.getEncoder().encodeToString(key));
        env.put("MAIL_HOST", "127.0.0.1");
        env.put("MAIL_PORT", String.valueOf(smtp.port));
        env.put("MAIL_STARTTLS", "DISABLED");
        env.put("PUBLIC_BASE_URL", "http://localhost:8080");
        // glibc gives every thread that allocates its own 64 MB malloc arena; two are plenty for a JVM.
        env.put("MALLOC_ARENA_MAX", "2");
        return env;
    }

    // ------------------------------------------------------------------------------------------------
    // What the scenarios send
    // ------------------------------------------------------------------------------------------------
    static final String[] WORDS = {"anxiety", "depression", "trauma", "burnout", "grief", "sleep", "panic", "couples",
            "family", "adhd", "addiction", "relationships", "stress", "anxeity", "depresion", "Berlin", "Weber", "Clara",
            "psychotherapist", "eating"};
    static final String[] SPECIALTIES = {"anxiety", "depression", "trauma-ptsd", "relationships", "stress-burnout", "sleep"};
    static final String[] LANGUAGES = {"en", "de", "fr", "es", "tr"};
    static final String[] CITIES = {"Berlin", "Vienna", "Hamburg", "Paris", "Madrid"};

    record Fixtures(int n, List<String> specialists, List<String[]> bookable, List<String> contested,
            List<String[]> warmupSlots, List<String> bookerTokens, List<String> messengerTokens, List<String> messengerConversations,
            String clientToken) {

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
                query.append("page=").append(page(random));
                return get(base() + "/api/specialists" + query, null);
            };
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

    static final String[] PGBENCH_WORDS = {"anxiety", "depression", "burnout", "grief", "sleep", "panic", "family", "stress"};
    static final String[] PGBENCH_SPECIALTIES = {"anxiety", "depression", "relationships", "sleep"};

    static volatile String appBase;

    static String base() {
        return appBase;
    }

    static Supplier<HttpRequest> mix(Supplier<HttpRequest>... suppliers) {
        AtomicInteger next = new AtomicInteger();
        return () -> suppliers[Math.floorMod(next.getAndIncrement(), suppliers.length)].get();
    }

    static HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static HttpRequest post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    // ------------------------------------------------------------------------------------------------
    // The load generator
    // ------------------------------------------------------------------------------------------------
    static final class Load {
        static final int MAX_IN_FLIGHT = 2_000;
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(2)).build();
        final String base;

        Load(String base) {
            this.base = base;
            appBase = base;
        }

        /** Open model: request i is sent at start + i/rate, latency counts from that scheduled moment. */
        Result open(String name, int rate, int seconds, Supplier<HttpRequest> requests) throws Exception {
            return openPair(name, rate, seconds, requests, null, 0);
        }

        Result openPair(String name, int rate, int seconds, Supplier<HttpRequest> a, Supplier<HttpRequest> b) throws Exception {
            return openPair(name, rate, seconds, a, b, rate);
        }

        /** Two open streams at once (e.g. profile and its slots, each at its own rate), reported together. */
        Result openPair(String name, int rateA, int seconds, Supplier<HttpRequest> a, Supplier<HttpRequest> b, int rateB)
                throws Exception {
            log("open model: " + name + " @ " + rateA + (b == null ? "" : " + " + rateB) + "/s for " + seconds + " s");
            Result result = new Result(name, "open", rateA + (b == null ? 0 : rateB), seconds);
            CpuProbe cpu = CpuProbe.start();
            long start = System.nanoTime() + 20_000_000L;
            Thread ta = scheduler(a, rateA, seconds, start, result);
            Thread tb = b == null ? null : scheduler(b, rateB, seconds, start, result);
            ta.join();
            if (tb != null) {
                tb.join();
            }
            result.awaitInFlight(Duration.ofSeconds(30));
            result.finish(result.sent.get(), (System.nanoTime() - start) / 1e9);
            cpu.stop(result);
            log("  " + result.summary());
            return result;
        }

        private Thread scheduler(Supplier<HttpRequest> requests, int rate, int seconds, long start, Result result) {
            Thread t = new Thread(() -> {
                long period = 1_000_000_000L / rate;
                long count = (long) rate * seconds;
                for (long i = 0; i < count; i++) {
                    long intended = start + i * period;
                    long wait;
                    while ((wait = intended - System.nanoTime()) > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    if (result.inFlight.get() >= MAX_IN_FLIGHT) {
                        result.status("not sent (2000 in flight)", intended);
                        continue;
                    }
                    send(requests.get(), intended, result);
                }
            }, "scheduler");
            t.start();
            return t;
        }

        private void send(HttpRequest request, long intended, Result result) {
            result.sent.incrementAndGet();
            result.inFlight.incrementAndGet();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                result.status(error == null ? String.valueOf(response.statusCode()) : "error: " + error.getClass().getSimpleName(), intended);
                result.inFlight.decrementAndGet();
            });
        }

        /** Closed model at full speed: the highest throughput the app reaches for these requests. */
        Result closed(String name, int concurrency, int seconds, Supplier<HttpRequest> requests) throws Exception {
            log("closed model (max throughput): " + name + ", " + concurrency + " concurrent, " + seconds + " s");
            Result result = new Result(name, "closed", 0, seconds);
            CpuProbe cpu = CpuProbe.start();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long begin = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                Thread t = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        HttpRequest request;
                        synchronized (requests) {
                            request = requests.get();
                        }
                        long t0 = System.nanoTime();
                        result.sent.incrementAndGet();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            result.status(String.valueOf(response.statusCode()), t0);
                        } catch (Exception e) {
                            result.status("error: " + e.getClass().getSimpleName(), t0);
                        }
                    }
                });
                t.start();
                workers.add(t);
            }
            for (Thread t : workers) {
                t.join();
            }
            result.finish(result.sent.get(), (System.nanoTime() - begin) / 1e9);
            cpu.stop(result);
            log("  " + result.summary());
            return result;
        }

        void burst(List<HttpRequest> requests, Result result) throws InterruptedException {
            CountDownLatch done = new CountDownLatch(requests.size());
            long start = System.nanoTime();
            for (HttpRequest request : requests) {
                result.sent.incrementAndGet();
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                    result.status(error == null ? String.valueOf(response.statusCode()) : "error: " + error.getClass().getSimpleName(), start);
                    done.countDown();
                });
            }
            done.await(60, TimeUnit.SECONDS);
        }
    }

    static final class Result {
        final String name;
        final String model;
        final int intendedRate;
        final int seconds;
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        final long[] latencies = new long[400_000];
        final AtomicInteger recorded = new AtomicInteger();
        double achievedRate;
        double p50, p90, p99, p999, max;
        double appCores, machineBusy;
        long completed;

        Result(String name, String model, int intendedRate, int seconds) {
            this.name = name;
            this.model = model;
            this.intendedRate = intendedRate;
            this.seconds = seconds;
        }

        void status(String status, long startNanos) {
            statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
            int i = recorded.getAndIncrement();
            if (i < latencies.length) {
                latencies[i] = System.nanoTime() - startNanos;
            }
        }

        void awaitInFlight(Duration timeout) throws InterruptedException {
            long until = System.nanoTime() + timeout.toNanos();
            while (inFlight.get() > 0 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            if (inFlight.get() > 0) {
                statuses.computeIfAbsent("no answer within 30 s", k -> new LongAdder()).add(inFlight.get());
            }
        }

        void finish(int total, double wallSeconds) {
            int count = Math.min(recorded.get(), latencies.length);
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            completed = count;
            p50 = percentile(sorted, 0.50);
            p90 = percentile(sorted, 0.90);
            p99 = percentile(sorted, 0.99);
            p999 = percentile(sorted, 0.999);
            max = count == 0 ? Double.NaN : sorted[count - 1] / 1e6;
            achievedRate = wallSeconds > 0 ? count / wallSeconds : 0;
        }

        static double percentile(long[] sorted, double q) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }

        long count(String prefix) {
            return statuses.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(e -> e.getValue().sum()).sum();
        }

        String statusText() {
            return new TreeMap<>(statuses).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().sum())
                    .collect(Collectors.joining(", "));
        }

        String summary() {
            return String.format(Locale.ROOT, "%d answers, %.1f/s, p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f max %.1f ms; %s; app %.2f cores, machine %.0f%% busy",
                    completed, achievedRate, p50, p90, p99, p999, max, statusText(), appCores, machineBusy * 100);
        }
    }

    /** CPU used during a scenario: the app's process (cores) and the whole machine (all processes). */
    record CpuProbe(long appTicks, long[] machine, long wallStart) {
        static volatile long appPid;

        static CpuProbe start() {
            return new CpuProbe(processTicks(appPid), machineTicks(), System.nanoTime());
        }

        void stop(Result result) {
            double wall = (System.nanoTime() - wallStart) / 1e9;
            result.appCores = (processTicks(appPid) - appTicks) / 100.0 / wall;
            long[] now = machineTicks();
            double busy = (now[0] - machine[0]);
            double total = (now[1] - machine[1]);
            result.machineBusy = total == 0 ? 0 : busy / total;
        }

        static long processTicks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        static long[] machineTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[] {total - idle, total};
            } catch (IOException e) {
                return new long[] {0, 0};
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The packaged application
    // ------------------------------------------------------------------------------------------------
    static final class App {
        final Process process;
        final String base;
        final long startNanos;
        long peakRssKb;

        private App(Process process, String base, long startNanos) {
            this.process = process;
            this.base = base;
            this.startNanos = startNanos;
        }

        static App start(Map<String, String> env, Path logFile) throws IOException {
            return start(env, logFile, Path.of(System.getProperty("java.home"), "bin", "java").toString(), null);
        }

        /**
         * @param extra null: the default launch (the AppCDS archive when there is one); otherwise exactly
         *              these JVM options besides the common ones (start-up comparisons)
         */
        static App start(Map<String, String> env, Path logFile, String javaBin, List<String> extra) throws IOException {
            if (!Files.exists(Path.of(jar))) {
                throw new IllegalStateException(jar + " is missing: run ./mvnw package -DskipTests first (bench/run does)");
            }
            List<String> command = new ArrayList<>();
            command.add(javaBin);
            command.addAll(jvmOptions);
            // The AppCDS archive the build makes (quarkus.package.jar.appcds.enabled) records the class
            // path as launched there, so the app starts from its own directory.
            Path appDir = Path.of(jar).toAbsolutePath().getParent();
            if (extra != null) {
                command.addAll(extra);
            } else if (Files.exists(appDir.resolve("app-cds.jsa"))) {
                command.add("-XX:SharedArchiveFile=app-cds.jsa");
            }
            // GC log beside the app log: pauses are the first suspect for a latency tail.
            command.add("-Xlog:gc:file=" + logFile.toAbsolutePath().toString().replace(".log", "-gc.log"));
            if (profile && !logFile.getFileName().toString().contains("migrate")) {
                command.add("-XX:StartFlightRecording=filename=" + logFile.toAbsolutePath().toString().replace(".log", ".jfr") + ",settings=profile");
            }
            command.add("-jar");
            command.add(Path.of(jar).getFileName().toString());
            ProcessBuilder pb = new ProcessBuilder(command).directory(appDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(logFile.toAbsolutePath().toFile());
            pb.environment().putAll(env);
            long start = System.nanoTime();
            Process p = pb.start();
            CpuProbe.appPid = p.pid();
            return new App(p, "http://127.0.0.1:" + env.get("QUARKUS_HTTP_PORT"), start);
        }

        /** Milliseconds from process start to the first answered API request. */
        long awaitFirstAnswer() throws Exception {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the app exited with " + process.exitValue() + "; see target/bench/app-*.log");
                }
                try {
                    HttpResponse<String> r = client.send(get(base + "/api/taxonomy", null), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return (System.nanoTime() - startNanos) / 1_000_000;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("the app did not answer within 120 s");
        }

        long rssMb() {
            long kb = status("VmRSS");
            peakRssKb = Math.max(peakRssKb, kb);
            return kb / 1024;
        }

        long peakRssMb() {
            return Math.max(peakRssKb, status("VmHWM")) / 1024;
        }

        double cpuSeconds() {
            return CpuProbe.processTicks(process.pid()) / 100.0;
        }

        private long status(String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith(field + ":")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException e) {
                // gone
            }
            return 0;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) { // a training run writes its AOT cache on the way out
                process.destroyForcibly().waitFor();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // PostgreSQL: psql, pgbench, EXPLAIN
    // ------------------------------------------------------------------------------------------------
    static void psql(String sql) throws Exception {
        run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", dbHost, "-p", dbPort, "-U", dbUser, "-d", dbName, "-c", sql));
    }

    static void psqlFile(Path file, Map<String, String> vars) throws Exception {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", dbHost, "-p", dbPort,
                "-U", dbUser, "-d", dbName));
        vars.forEach((k, v) -> command.addAll(List.of("-v", k + "=" + v)));
        command.addAll(List.of("-f", file.toString()));
        run(command);
    }

    static List<String[]> psqlRows(String sql) throws Exception {
        String output = run(List.of("psql", "-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-h", dbHost, "-p", dbPort,
                "-U", dbUser, "-d", dbName, "-c", sql));
        return output.lines().filter(l -> !l.isEmpty()).map(l -> l.split("\t", -1)).toList();
    }

    static String run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", dbPassword);
        pb.environment().put("PGOPTIONS", "-c client_min_messages=error");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                    + " failed:\n" + output);
        }
        return output;
    }

    record Pgbench(double tps, double latencyMs, int clients, String command) {
    }

    /** The directory's SQL straight against PostgreSQL, in the same 4:3:3 mix as the saturated HTTP run. */
    static Pgbench pgbench(Fixtures f, int seconds) throws Exception {
        int clients = 8;
        List<String> command = List.of("pgbench", "-n", "-M", "prepared", "-h", dbHost, "-p", dbPort, "-U", dbUser, "-c", String.valueOf(clients),
                "-j", "2", "-T", String.valueOf(seconds), "-f", "bench/pgbench/directory-default.sql@4",
                "-f", "bench/pgbench/directory-text.sql@3", "-f", "bench/pgbench/directory-filters.sql@3", dbName);
        log("pgbench: " + String.join(" ", command));
        CpuProbe cpu = CpuProbe.start();
        String output = run(command);
        double tps = Double.parseDouble(output.replaceAll("(?s).*tps = ([0-9.]+) \\(without initial connection time\\).*", "$1"));
        double latency = Double.parseDouble(output.replaceAll("(?s).*latency average = ([0-9.]+) ms.*", "$1"));
        log(String.format(Locale.ROOT, "  pgbench: %.1f transactions/s, average latency %.2f ms", tps, latency));
        return new Pgbench(tps, latency, clients, String.join(" ", command));
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the hot queries, with the parameters the scenarios use. */
    static Map<String, String> explains(Fixtures f) throws Exception {
        Map<String, String> plans = new LinkedHashMap<>();
        String specialist = f.specialists().get(0);
        for (Path file : List.of(Path.of("bench/pgbench/directory-default.sql"), Path.of("bench/pgbench/directory-text.sql"),
                Path.of("bench/pgbench/directory-filters.sql"), Path.of("bench/explain/profile-slots.sql"),
                Path.of("bench/explain/my-conversations.sql"))) {
            String script = Files.readString(file)
                    .replace(":specialist_id", "'" + specialist + "'::uuid")
                    .replace(":messenger", "'bench-messenger-1'")
                    .replace(":page", "0").replace(":lim", "12").replace(":off", "0").replace("[:w]", "[1]");
            StringBuilder plan = new StringBuilder();
            String statements = script.lines().filter(l -> !l.startsWith("--") && !l.startsWith("\\")).collect(Collectors.joining("\n"));
            for (String statement : statements.split(";")) {
                String sql = statement.trim();
                if (sql.isEmpty()) {
                    continue;
                }
                plan.append(sql).append(";\n\n");
                psqlRows("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql); // once to warm the cache
                for (String[] row : psqlRows("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)) {
                    plan.append(row[0]).append('\n');
                }
                plan.append('\n');
            }
            plans.put(file.getFileName().toString(), plan.toString().trim());
        }
        return plans;
    }

    // ------------------------------------------------------------------------------------------------
    // Report
    // ------------------------------------------------------------------------------------------------
    static final class SizeResult {
        final int n;
        double seedSeconds;
        String[] rows;
        long firstAnswerMillis, rssAfterFirstMb, rssAfterRunMb, peakRssMb;
        double appCpuSeconds;
        String emails = "";
        Pgbench pgbench;
        final List<Result> results = new ArrayList<>();
        Map<String, String> explains = Map.of();
        List<Startup> startups = List.of();

        SizeResult(int n) {
            this.n = n;
        }

        void add(Result r) {
            results.add(r);
        }

        Result result(String prefix) {
            return results.stream().filter(r -> r.name.startsWith(prefix)).findFirst().orElse(null);
        }
    }

    static final class Report {
        String machine;
        final List<SizeResult> sizes = new ArrayList<>();

        SizeResult size(int n) {
            return sizes.stream().filter(s -> s.n == n).findFirst().orElse(null);
        }

        /** Every target of issue #8 with its measured value; "n/a" when that size was not run. */
        List<String[]> targets() {
            List<String[]> rows = new ArrayList<>();
            SizeResult s10k = size(10_000);
            SizeResult main = s10k != null ? s10k : sizes.get(sizes.size() - 1);
            String at = " at " + String.format(Locale.ROOT, "%,d", main.n);
            Result dir = main.result("directory search mix");
            rows.add(target("Directory search p99 ≤ 100 ms at 200 req/s" + at, dir.p99 <= 100 && dir.count("5") == 0,
                    ms(dir.p99) + " (" + rate(dir) + ")"));
            Result sat = main.result("ceiling: directory");
            double ratio = sat.achievedRate / main.pgbench.tps();
            rows.add(target("Directory throughput ≥ ½ of pgbench for the same SQL" + at, ratio >= 0.5,
                    String.format(Locale.ROOT, "%.0f req/s vs %.0f tx/s = %.2f", sat.achievedRate, main.pgbench.tps(), ratio)));
            Result profile = main.result("profile");
            rows.add(target("Profile + 31-day slots p99 ≤ 50 ms at 200 req/s each" + at, profile.p99 <= 50 && profile.count("5") == 0,
                    ms(profile.p99) + " (" + rate(profile) + ")"));
            Result booking = main.result("booking");
            rows.add(target("Booking p99 ≤ 150 ms at 50 bookings/s" + at, booking.p99 <= 150 && booking.count("5") == 0,
                    ms(booking.p99) + " (" + booking.statusText() + ")"));
            Result bursts = main.result("contested");
            long winners = bursts.count("201");
            rows.add(target("Contested bursts: 409s, never 5xx" + at, bursts.count("5") == 0 && bursts.count("error") == 0
                    && winners == bursts.completed / 20, bursts.statusText()));
            SizeResult small = size(1_000);
            SizeResult large = size(100_000);
            if (small != null && large != null) {
                double a = small.result("directory search mix").p99;
                double b = large.result("directory search mix").p99;
                rows.add(target("Search p99 at 100,000 ≤ 2 × p99 at 1,000", b <= 2 * a,
                        ms(b) + " vs " + ms(a) + String.format(Locale.ROOT, " = %.2f×", b / a)));
            } else {
                rows.add(new String[] {"Search p99 at 100,000 ≤ 2 × p99 at 1,000", "n/a", "needs sizes 1,000 and 100,000"});
            }
            List<Startup> startups = sizes.get(sizes.size() - 1).startups;
            Startup best = startups.stream().min(java.util.Comparator.comparingLong(Startup::medianMillis)).orElse(null);
            if (best != null) {
                rows.add(target("First request answered ≤ 3 s after start (JVM)", best.medianMillis() <= 3000,
                        best.medianMillis() + " ms median with " + best.launch() + "; " + startups.stream()
                                .filter(x -> x != best).map(x -> x.medianMillis() + " ms with " + x.launch())
                                .collect(Collectors.joining("; "))));
            } else {
                long first = sizes.stream().mapToLong(s -> s.firstAnswerMillis).max().orElse(0);
                rows.add(target("First request answered ≤ 3 s after start (JVM)", first <= 3000, first + " ms (slowest size)"));
            }
            long rss = sizes.stream().mapToLong(s -> s.peakRssMb).max().orElse(0);
            rows.add(target("RSS ≤ 350 MB under load", rss <= 350, rss + " MB peak (largest size)"));
            return rows;
        }

        List<String> missedTargets() {
            return targets().stream().filter(t -> t[1].equals("missed")).map(t -> t[0]).toList();
        }

        /** 5xx answers, transport errors and unexpected statuses anywhere: what the smoke run fails on. */
        List<String> unexpectedErrors() {
            List<String> errors = new ArrayList<>();
            for (SizeResult s : sizes) {
                for (Result r : s.results) {
                    if (r.completed == 0) {
                        errors.add(s.n + " / " + r.name + ": no answers at all");
                    }
                    for (String status : r.statuses.keySet()) {
                        boolean ok = status.equals("200") || status.equals("201")
                                || (r.name.startsWith("contested") && status.equals("409"));
                        if (!ok) {
                            errors.add(s.n + " / " + r.name + ": " + status + " x" + r.statuses.get(status).sum());
                        }
                    }
                }
            }
            return errors;
        }

        static String[] target(String name, boolean met, String value) {
            return new String[] {name, met ? "met" : "missed", value};
        }

        static String ms(double v) {
            return String.format(Locale.ROOT, "%.1f ms", v);
        }

        static String rate(Result r) {
            return String.format(Locale.ROOT, "%.0f/s achieved of %d/s", r.achievedRate, r.intendedRate);
        }

        String markdown() throws Exception {
            StringBuilder md = new StringBuilder();
            md.append("# Benchmarks\n\n");
            md.append("Written by `bench/run").append(smoke ? " --smoke" : "").append("` on ")
                    .append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(". ")
                    .append("How to run it, what it does and how to read it: see the end of this file and the README.\n\n");
            md.append("## Machine and versions\n\n").append(machine).append('\n');
            md.append("- App JVM options: `").append(String.join(" ", jvmOptions)).append("`; ")
                    .append(duration).append(" s per scenario after a ").append(warmup).append(" s warm-up\n\n");

            md.append("## Targets\n\n| Target | Result | Measured |\n|---|---|---|\n");
            for (String[] t : targets()) {
                md.append("| ").append(t[0]).append(" | ").append(t[1].equals("met") ? "✅ met" : t[1].equals("n/a") ? "n/a" : "❌ missed")
                        .append(" | ").append(t[2]).append(" |\n");
            }

            md.append("\n## Latency against data size\n\np99 in ms of each open-model scenario at each size "
                    + "(latency counted from the scheduled send time).\n\n| Scenario |");
            for (SizeResult s : sizes) {
                md.append(String.format(Locale.ROOT, " %,d |", s.n));
            }
            md.append("\n|---|");
            sizes.forEach(s -> md.append("---|"));
            md.append('\n');
            for (Result r : sizes.get(0).results) {
                if (!r.model.equals("open")) {
                    continue;
                }
                md.append("| ").append(r.name).append(" |");
                for (SizeResult s : sizes) {
                    Result x = s.result(r.name);
                    md.append(x == null ? " - |" : String.format(Locale.ROOT, " %.1f |", x.p99));
                }
                md.append('\n');
            }
            md.append("\n```\n").append(plot()).append("```\n");

            for (SizeResult s : sizes) {
                md.append(String.format(Locale.ROOT, "\n## %,d specialists\n\n", s.n));
                md.append(String.format(Locale.ROOT,
                        "- Data: %s specialists, %s slots, %s bookings, %s conversations, %s messages; database %s; seeded in %.1f s\n",
                        (Object[]) new Object[] {s.rows[0], s.rows[1], s.rows[2], s.rows[3], s.rows[4], s.rows[5], s.seedSeconds}));
                md.append(String.format(Locale.ROOT,
                        "- Start to first answered request: %d ms; RSS after the first request %d MB, after the run %d MB, peak %d MB; app CPU %.0f s in all\n",
                        s.firstAnswerMillis, s.rssAfterFirstMb, s.rssAfterRunMb, s.peakRssMb, s.appCpuSeconds));
                md.append("- Booking emails, a minute after the last scenario: ").append(s.emails).append('\n');
                md.append(String.format(Locale.ROOT, "- pgbench (directory SQL, %d clients): **%.0f transactions/s**, average %.2f ms\n\n",
                        s.pgbench.clients(), s.pgbench.tps(), s.pgbench.latencyMs()));
                md.append("| Scenario | Model | Intended/s | Achieved/s | p50 | p90 | p99 | p99.9 | max | Answers by status | App cores | Machine busy |\n");
                md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
                for (Result r : s.results) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %.2f | %.0f%% |\n",
                            r.name, r.model, r.intendedRate == 0 ? "max" : String.valueOf(r.intendedRate), r.achievedRate,
                            r.p50, r.p90, r.p99, r.p999, r.max, r.statusText(), r.appCores, r.machineBusy * 100));
                }
                SizeResult last = sizes.get(sizes.size() - 1);
                if (s == last && !s.startups.isEmpty()) {
                    md.append(String.format(Locale.ROOT, "\n### Start-up at %,d specialists (three starts each)\n\n", s.n));
                    md.append("| Launch | Median to first answer | Fastest | Slowest | RSS after first answer |\n|---|---|---|---|---|\n");
                    for (Startup st : s.startups) {
                        md.append(String.format(Locale.ROOT, "| %s | %d ms | %d ms | %d ms | %d MB |\n", st.launch(),
                                st.medianMillis(), st.minMillis(), st.maxMillis(), st.rssMb()));
                    }
                }
                if (s == last) {
                    md.append(String.format(Locale.ROOT, "\n### EXPLAIN ANALYZE of the hot queries at %,d specialists\n", s.n));
                    s.explains.forEach((name, plan) -> md.append("\n`bench/").append(name.startsWith("directory") ? "pgbench/" : "explain/")
                            .append(name).append("`\n\n```\n").append(plan).append("\n```\n"));
                }
            }
            md.append(Files.exists(Path.of("bench/NOTES.md")) ? "\n" + Files.readString(Path.of("bench/NOTES.md")) : "");
            return md.toString();
        }

        /** A text plot of the directory's p99 against data size (log scale on x). */
        String plot() {
            StringBuilder p = new StringBuilder("directory search mix, p99 (ms) by number of specialists\n");
            double max = sizes.stream().mapToDouble(s -> s.result("directory search mix").p99).max().orElse(1);
            for (SizeResult s : sizes) {
                double v = s.result("directory search mix").p99;
                int bar = (int) Math.round(50 * v / Math.max(max, 1e-9));
                p.append(String.format(Locale.ROOT, "%9s | %s %.1f\n", String.format(Locale.ROOT, "%,d", s.n), "#".repeat(Math.max(bar, 1)), v));
            }
            return p.toString();
        }
    }

    static String machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("?");
        long cores = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor")).count();
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D+", "");
        String pg = psqlRows("SHOW server_version").get(0)[0];
        String os = Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME"))
                .findFirst().map(l -> l.substring(13).replace("\"", "")).orElse("?");
        String commit = run(List.of("git", "rev-parse", "--short", "HEAD")).trim();
        String quarkus = Files.readAllLines(Path.of("pom.xml")).stream().filter(l -> l.contains("<quarkus.platform.version>"))
                .findFirst().map(l -> l.replaceAll(".*>(.*)<.*", "$1")).orElse("?");
        return String.format(Locale.ROOT, """
                - CPU: %d × %s; memory %d GiB; %s
                - Java %s (%s); Quarkus %s; PostgreSQL %s on the same machine; commit %s
                - Load generator: this harness (JDK HttpClient, open model) on the same machine
                """, cores, cpu, Long.parseLong(mem) / 1024 / 1024, os, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), quarkus, pg, commit);
    }

    // ------------------------------------------------------------------------------------------------
    // A minimal OpenID provider (discovery + JWKS) and RS256 tokens
    // ------------------------------------------------------------------------------------------------
    static final class Oidc {
        final HttpServer server;
        final KeyPair keys;
        final String issuer;

        private Oidc(HttpServer server, KeyPair keys, String issuer) {
            this.server = server;
            this.keys = keys;
            this.issuer = issuer;
        }

        static Oidc start() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
            RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
            String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                    + b64(unsigned(pub.getModulus())) + "\",\"e\":\"" + b64(unsigned(pub.getPublicExponent())) + "\"}]}";
            String discovery = """
                    {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                     "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                     "token_endpoint":"%1$s/protocol/openid-connect/token",
                     "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
            server.createContext("/realms/bench/.well-known/openid-configuration", ex -> respond(ex, discovery));
            server.createContext("/realms/bench/protocol/openid-connect/certs", ex -> respond(ex, jwks));
            server.start();
            return new Oidc(server, keys, issuer);
        }

        String token(String subject, String name) throws Exception {
            long now = Instant.now().getEpochSecond();
            String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}".getBytes(StandardCharsets.UTF_8));
            String claims = b64(("{\"iss\":\"" + issuer + "\",\"aud\":\"firstsession-api\",\"sub\":\"" + subject
                    + "\",\"iat\":" + now + ",\"exp\":" + (now + 7200) + ",\"typ\":\"Bearer\",\"azp\":\"firstsession-web\","
                    + "\"preferred_username\":\"" + subject + "\",\"name\":\"" + name + "\",\"email\":\"" + subject
                    + "@bench.invalid\",\"email_verified\":true,\"realm_access\":{\"roles\":[\"user\"]}}").getBytes(StandardCharsets.UTF_8));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + b64(signature.sign());
        }

        void stop() {
            server.stop(0);
        }

        private static void respond(com.sun.net.httpserver.HttpExchange ex, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        }

        private static byte[] unsigned(BigInteger value) {
            byte[] bytes = value.toByteArray();
            return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The app's stored form of private text: v1:<key id>:base64(iv ‖ AES-256-GCM ciphertext ‖ tag). */
    static String encrypt(byte[] key, String text) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return "v1:primary:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    }

    // ------------------------------------------------------------------------------------------------
    // An SMTP sink: accepts every message and forgets it
    // ------------------------------------------------------------------------------------------------
    static final class SmtpSink {
        final ServerSocket socket;
        final int port;
        final AtomicLong messages = new AtomicLong();

        private SmtpSink(ServerSocket socket) {
            this.socket = socket;
            this.port = socket.getLocalPort();
        }

        static SmtpSink start() throws IOException {
            SmtpSink sink = new SmtpSink(new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress()));
            Thread acceptor = new Thread(() -> {
                while (!sink.socket.isClosed()) {
                    try {
                        Socket client = sink.socket.accept();
                        Thread t = new Thread(() -> sink.session(client));
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            return sink;
        }

        private void session(Socket client) {
            try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter reply = new PrintWriter(client.getOutputStream(), true)) {
                reply.print("220 bench SMTP sink\r\n");
                reply.flush();
                String line;
                boolean data = false;
                while ((line = in.readLine()) != null) {
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            messages.incrementAndGet();
                            reply.print("250 OK\r\n");
                            reply.flush();
                        }
                        continue;
                    }
                    String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                    switch (verb) {
                        case "EHLO" -> reply.print("250-bench\r\n250 8BITMIME\r\n");
                        case "DATA" -> {
                            data = true;
                            reply.print("354 go ahead\r\n");
                        }
                        case "QUIT" -> {
                            reply.print("221 bye\r\n");
                            reply.flush();
                            return;
                        }
                        default -> reply.print("250 OK\r\n");
                    }
                    reply.flush();
                }
            } catch (IOException e) {
                // client went away
            }
        }

        void stop() throws IOException {
            socket.close();
        }
    }

    // ------------------------------------------------------------------------------------------------
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void log(String message) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}

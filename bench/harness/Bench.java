// The FirstSession benchmark harness: orchestration (JDK only; bench/run compiles bench/harness and runs it).
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
//
// The parts, one job each: Fixtures (seed data, what the scenarios send), Load (the open-model load
// generator), App (the packaged app as a process), Postgres (psql, pgbench, EXPLAIN), Report (targets and
// docs/benchmarks.md), Oidc (a fake OpenID provider), SmtpSink (an SMTP server that counts and forgets).

package harness;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static harness.Load.*;
import static harness.Postgres.*;

public class Bench {

    // Options

    static boolean smoke;
    static List<Integer> sizes = List.of(1_000, 10_000, 100_000);
    static int duration = 30;      // seconds measured per scenario
    static int warmup = 20;        // seconds of mixed load before the first measurement
    static Path out = Path.of("docs/benchmarks.md");
    static Path work = Path.of("target/bench");
    static boolean profile;        // --profile: record the app with Java Flight Recorder (target/bench/app-<n>.jfr)
    static boolean skipStartup;    // --skip-startup: no start-up comparison (nine more starts at the largest size)
    static int startTimeoutSeconds = 120; // --start-timeout: how long the app may take to answer (a loaded machine)
    static List<String> backends = List.of("postgres"); // --backend postgres|opensearch|postgres,opensearch
    static boolean directoryOnly;  // --scenarios directory: the directory's scenarios and ceilings only (no booking, messaging)
    static int indexTimeoutSeconds = 3600; // --index-timeout: how long the first index build may take
    static OpenSearch openSearch;  // started on first use, stopped at the end
    static int startupSize;        // --startup-size: the size at which start-up is compared (default: the largest)
    static String jar = "target/quarkus-app/quarkus-run.jar";
    // A small-footprint JVM for a 2-core box: the live heap under load is ~45 MB (young pauses ~5 ms), so
    // 96 MB of heap is plenty; MetaspaceSize avoids three full GCs while the app loads its classes.
    static List<String> jvmOptions = List.of("-Xmx160m", "-Xss512k", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=48m",
            "-XX:MetaspaceSize=96m", "-XX:MaxMetaspaceSize=160m");
    static String dbHost = env("BENCH_DB_HOST", "127.0.0.1");
    static String dbPort = env("BENCH_DB_PORT", "5432");
    static String dbName = env("BENCH_DB_NAME", "fs_bench");
    static String dbUser = env("BENCH_DB_USER", "firstsession");
    static String dbPassword = env("BENCH_DB_PASSWORD", "firstsession");

    // Rates of the scenarios (requests per second), as the targets name them.
    static final int DIRECTORY_RATE = 200;
    static final int PROFILE_RATE = 200;
    static final int BOOKING_RATE = 50;
    static final int MESSAGE_SEND_RATE = 10;
    static final int MESSAGE_READ_RATE = 40;
    static final int WARMUP_BOOKING_RATE = 10;

    public static void main(String[] args) throws Exception {
        try {
            runMain(args);
        } catch (Throwable e) {
            // A failed run must end: the HTTP client's and servers' threads would keep the JVM alive.
            e.printStackTrace();
            System.exit(1);
        }
    }

    static void runMain(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::parseInt).toList();
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--jvm" -> jvmOptions = List.of(args[++i].split(" "));
                case "--profile" -> profile = true;
                case "--skip-startup" -> skipStartup = true;
                case "--start-timeout" -> startTimeoutSeconds = Integer.parseInt(args[++i]);
                case "--backend" -> backends = Arrays.stream(args[++i].split(",")).map(String::trim).toList();
                case "--scenarios" -> directoryOnly = switch (args[++i]) {
                    case "directory" -> true;
                    case "all" -> false;
                    default -> throw new IllegalArgumentException("--scenarios all|directory");
                };
                case "--index-timeout" -> indexTimeoutSeconds = Integer.parseInt(args[++i]);
                case "--startup-size" -> startupSize = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --smoke, --sizes 1000,10000, --duration s, --warmup s, --out file, --jvm \"opts\", --profile, --skip-startup,"
                        + " --start-timeout s, --backend postgres|opensearch|postgres,opensearch, --scenarios all|directory, --index-timeout s, --startup-size n)");
            }
        }
        if (sizes.stream().anyMatch(n -> n < 100 || n > 300_000)) {
            throw new IllegalArgumentException("--sizes: each size must be between 100 and 300,000 specialists");
        }
        if (backends.isEmpty() || backends.stream().anyMatch(b -> !b.equals("postgres") && !b.equals("opensearch"))) {
            throw new IllegalArgumentException("--backend: postgres, opensearch, or both (postgres,opensearch)");
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
        report.machine = Report.machine();
        Oidc oidc = Oidc.start();
        SmtpSink smtp = SmtpSink.start();
        try {
            for (int n : sizes) {
                report.sizes.addAll(runSize(n, oidc, smtp));
                if (!smoke) {
                    // Written after every size: a long run stopped half-way keeps what it measured.
                    Files.createDirectories(out.toAbsolutePath().getParent());
                    Files.writeString(out, report.markdown());
                    log("wrote " + out + " (sizes so far)");
                }
            }
        } finally {
            oidc.stop();
            smtp.stop();
            if (openSearch != null) {
                openSearch.stop();
            }
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

    // One data size

    /** One data size: seeded once, then measured with each backend in turn (--backend). */
    static List<SizeResult> runSize(int n, Oidc oidc, SmtpSink smtp) throws Exception {
        log("=== " + n + " specialists");
        psql("DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE EXTENSION pg_trgm; CREATE EXTENSION btree_gist;");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> env = appEnv(oidc, smtp, key);

        // Migrated by the app with the default backend (no search outbox is recorded while seeding).
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
            ciphers.append(i == 0 ? "" : ",").append("('").append(Fixtures.encrypt(key, texts[i])).append("')");
        }
        psql(ciphers + ";");
        psqlFile(Path.of("bench/seed.sql"), Map.of("n", String.valueOf(n), "issuer", oidc.issuer));
        psql("VACUUM (ANALYZE);");
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        String[] rows = psqlRows("SELECT (SELECT count(*) FROM specialist), (SELECT count(*) FROM slot), "
                + "(SELECT count(*) FROM booking), (SELECT count(*) FROM conversation), (SELECT count(*) FROM message), "
                + "pg_size_pretty(pg_database_size(current_database()))").get(0);
        log("seeded in " + String.format(Locale.ROOT, "%.1f", seedSeconds) + " s: " + String.join(" / ", rows)
                + " (specialists / slots / bookings / conversations / messages / size)");

        List<SizeResult> results = new ArrayList<>();
        for (String backend : backends) {
            SizeResult r = new SizeResult(n, backend);
            r.seedSeconds = seedSeconds;
            r.rows = rows;
            results.add(measure(r, env, oidc, smtp));
        }
        return results;
    }

    /** One backend at one size: start the app on it and run the scenarios. */
    static SizeResult measure(SizeResult r, Map<String, String> baseEnv, Oidc oidc, SmtpSink smtp) throws Exception {
        int n = r.n;
        String tag = n + (r.backend.equals("postgres") ? "" : "-" + r.backend);
        log("--- " + n + " specialists on " + r.backend);
        Map<String, String> env = new LinkedHashMap<>(baseEnv);
        List<List<String[]>> searchCalls = List.of();
        if (r.backend.equals("opensearch")) {
            if (openSearch == null) {
                openSearch = OpenSearch.start();
            }
            openSearch.deleteIndices();
            env.put("SEARCH_BACKEND", "opensearch");
            // First start on OpenSearch: the app builds the index from the database by itself (SearchIndexer).
            // It talks to the node through the harness' recording proxy, which captures the _search bodies
            // of the directory requests sent below for the _search ceiling.
            Map<String, String> indexing = new LinkedHashMap<>(env);
            indexing.put("OPENSEARCH_URL", openSearch.startProxy());
            App builder = App.start(indexing, work.resolve("app-index-" + tag + ".log"));
            long t0 = System.nanoTime();
            try {
                r.indexFirstAnswerMillis = builder.awaitFirstAnswer();
                CpuProbe build = CpuProbe.start();
                r.indexDocuments = openSearch.awaitIndexBuilt(builder, indexTimeoutSeconds);
                r.indexSeconds = (System.nanoTime() - t0) / 1e9;
                Result buildCost = new Result("index build", "build", 0, 0);
                build.stop(buildCost);
                r.indexBuild = buildCost;
                r.indexStore = openSearch.storeSize();
                log(String.format(Locale.ROOT, "index built: %d documents in %.1f s after the app's start (%s); %s", r.indexDocuments,
                        r.indexSeconds, buildCost.processText(), r.indexStore));
                Fixtures capture = Fixtures.load(n, oidc);
                new Load(builder.base); // the fixtures' requests address the app through Load.base()
                searchCalls = openSearch.capture(builder, capture.directory(new Random(6)), 200);
            } finally {
                builder.stop();
                openSearch.stopProxy();
            }
            env.put("OPENSEARCH_URL", openSearch.url);
        }

        Fixtures f = Fixtures.load(n, oidc);
        App app = App.start(env, work.resolve("app-" + tag + ".log"));
        r.firstAnswerMillis = app.awaitFirstAnswer();
        r.rssAfterFirstMb = app.rssMb();
        log("first answer after " + r.firstAnswerMillis + " ms, RSS " + r.rssAfterFirstMb + " MB");
        Load load = new Load(app.base);
        try {
            // Warm-up: the same traffic as the scenarios, unmeasured (JIT, connection pool, PostgreSQL cache).
            log("warm-up " + warmup + " s");
            // Bookings and messages too: otherwise their first seconds in the scenario run on cold code.
            if (directoryOnly) {
                load.open("warm-up", 150, warmup, mix(f.directory(new Random(1)), f.profile(new Random(2)), f.slots(new Random(3)),
                        f.defaultListing(new Random(4)), f.pgbenchMix(new Random(5))));
            } else {
                load.openPair("warm-up", 150, warmup, mix(f.directory(new Random(1)), f.profile(new Random(2)),
                        f.slots(new Random(3)), f.conversations(new Random(4)), f.threads(new Random(5))),
                        f.warmupBookings(), WARMUP_BOOKING_RATE);
            }

            // Ceilings first, on a quiet app.
            r.add(load.closed("ceiling: trivial endpoint (GET /api/taxonomy)", 32, duration,
                    () -> get(app.base + "/api/taxonomy", null)));
            r.add(load.closed("ceiling: directory, saturated (pgbench mix)", 8, duration, f.pgbenchMix(new Random(5))));
            if (r.backend.equals("postgres")) {
                r.pgbench = pgbench(f, Math.max(duration, 10));
                r.add(r.pgbench.result());
            } else {
                r.add(openSearch.searchCeiling("ceiling: OpenSearch _search (search mix's queries)", searchCalls, 8, duration));
            }

            r.add(load.open("directory search mix", DIRECTORY_RATE, duration, f.directory(new Random(6))));
            r.add(load.open("directory default page (no q)", DIRECTORY_RATE, duration, f.defaultListing(new Random(7))));
            r.add(load.open("directory near a place (25 km)", DIRECTORY_RATE, duration, f.near(new Random(10))));
            r.add(load.openPair("profile + 31-day slots", PROFILE_RATE, duration, f.profile(new Random(8)), f.slots(new Random(9))));
            if (!directoryOnly) {
                bookingAndMessaging(r, load, f, smtp);
            }
        } finally {
            if (jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:NativeMemoryTracking"))) {
                Files.writeString(work.resolve("nmt-" + tag + ".txt"), run(List.of(Path.of(System.getProperty("java.home"), "bin",
                        "jcmd").toString(), String.valueOf(app.process.pid()), "VM.native_memory", "summary")));
            }
            r.rssAfterRunMb = app.rssMb();
            r.peakRssMb = app.peakRssMb();
            r.appCpuSeconds = app.cpuSeconds();
            app.stop();
        }
        if (r.backend.equals("postgres")) {
            r.explains = explains(f);
        }
        // Start-up: at the largest size (or --startup-size), with the first backend measured there (start-up hardly depends on either).
        if (n == (startupSize > 0 ? startupSize : sizes.get(sizes.size() - 1)) && r.backend.equals(backends.get(0)) && !skipStartup) {
            r.startups = startups(env, f);
        }
        return r;
    }

    static void bookingAndMessaging(SizeResult r, Load load, Fixtures f, SmtpSink smtp) throws Exception {
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
        // Prod requires a session secret; health and metrics live on the management port (a free one, not 9000).
        byte[] sessionSecret = new byte[32];
        new java.security.SecureRandom().nextBytes(sessionSecret);
        env.put("SESSION_SECRET", java.util.Base64.getEncoder().encodeToString(sessionSecret));
        env.put("MANAGEMENT_PORT", String.valueOf(freePort()));
        // The load comes from one address and a few accounts: request rate limits would measure the limiter.
        env.put("RATE_LIMIT_ENABLED", "false");
        env.put("ENCRYPTION_KEY", Base64.getEncoder().encodeToString(key));
        env.put("MAIL_HOST", "127.0.0.1");
        env.put("MAIL_PORT", String.valueOf(smtp.port));
        env.put("MAIL_STARTTLS", "DISABLED");
        env.put("PUBLIC_BASE_URL", "http://localhost:8080");
        // glibc gives every thread that allocates its own 64 MB malloc arena; two are plenty for a JVM.
        env.put("MALLOC_ARENA_MAX", "2");
        return env;
    }

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

package org.firstsession.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.firstsession.testsupport.IcsTestServer;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Everything the end-to-end suite runs against, started once per test JVM and shared by every {@code *IT}
 * class that uses {@link E2eExtension}: the local PostgreSQL database {@code firstsession_it} (emptied first),
 * a real Keycloak with the FirstSession realm, a real SMTP server (GreenMail) and the packaged application
 * ({@code java -jar target/quarkus-app/quarkus-run.jar}, prod profile) configured only through environment
 * variables, as in production.
 *
 * <p>Where things are comes from system properties that Failsafe sets (see the pom): {@code e2e.keycloak.home},
 * {@code e2e.realm.file}, {@code e2e.app.jar}, {@code e2e.db.url}, {@code e2e.db.username},
 * {@code e2e.db.password}, {@code e2e.log.dir}.
 */
final class E2eEnvironment implements AutoCloseable {

    /** 420 s by default (a loaded 2-core machine took over 180 s); more if needed ({@code -De2e.keycloak.timeout.seconds=900}). */
    private static final Duration KEYCLOAK_START_TIMEOUT = Duration.ofSeconds(Long.getLong("e2e.keycloak.timeout.seconds", 420));
    private static final Duration APP_START_TIMEOUT = Duration.ofSeconds(240);

    private final Mailbox mailbox;
    private final KeycloakServer keycloak;
    private final ChildProcess app;
    private final String appUrl;
    private final Duration keycloakStart;
    private final Duration appStart;
    private boolean closed;
    private Map<String, String> appEnv;
    private IcsTestServer calendars;
    private String managementUrl;
    private ChildProcess second;
    private String secondUrl;

    private E2eEnvironment(Mailbox mailbox, KeycloakServer keycloak, ChildProcess app, String appUrl,
            Duration keycloakStart, Duration appStart) {
        this.mailbox = mailbox;
        this.keycloak = keycloak;
        this.app = app;
        this.appUrl = appUrl;
        this.keycloakStart = keycloakStart;
        this.appStart = appStart;
    }

    static E2eEnvironment start() {
        Path logDir = Path.of(property("e2e.log.dir"));
        Path appLog = logDir.resolve("e2e-app.log");
        Path keycloakLog = logDir.resolve("e2e-keycloak.log");

        long t0 = System.nanoTime();
        resetDatabase();
        Mailbox mailbox = Mailbox.start();
        // Busy calendars (TwoInstancesIT): a plain-http ICS server on loopback, allow-listed for every instance.
        IcsTestServer calendars = new IcsTestServer();
        calendars.start();
        KeycloakServer keycloak = null;
        try {
            keycloak = KeycloakServer.start(Path.of(property("e2e.keycloak.home")), Path.of(property("e2e.realm.file")),
                    keycloakLog, KEYCLOAK_START_TIMEOUT, mailbox.port());
            long t1 = System.nanoTime();
            log("Keycloak ready in %.1f s at %s", seconds(t1 - t0), keycloak.issuer());

            int port = FreePorts.next();
            String appUrl = "http://127.0.0.1:" + port;
            // The realm's web client knows only localhost:8080; the pages' login comes back to this port.
            keycloak.allowRedirect(KeycloakServer.WEB_CLIENT, appUrl + "/*");
            Path jar = Path.of(property("e2e.app.jar"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("no packaged app at " + jar + ": run the ITs through ./mvnw verify");
            }
            Map<String, String> appEnv = appEnvironment(port, appUrl, keycloak, mailbox);
            String managementUrl = "http://127.0.0.1:" + appEnv.get("MANAGEMENT_PORT");
            ChildProcess app = ChildProcess.start("the app",
                    List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                            "-jar", jar.toString()),
                    appEnv, jar.getParent(), appLog);
            try {
                app.awaitHttpOk(managementUrl + "/q/health/ready", APP_START_TIMEOUT);
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
            long t2 = System.nanoTime();
            log("app ready in %.1f s at %s (logs: %s, %s)", seconds(t2 - t1), appUrl, appLog, keycloakLog);
            E2eEnvironment environment = new E2eEnvironment(mailbox, keycloak, app, appUrl, Duration.ofNanos(t1 - t0),
                    Duration.ofNanos(t2 - t1));
            environment.appEnv = appEnv;
            environment.calendars = calendars;
            environment.managementUrl = managementUrl;
            return environment;
        } catch (RuntimeException e) {
            if (keycloak != null) {
                keycloak.close();
            }
            mailbox.close();
            calendars.stop();
            throw e;
        }
    }

    /** The production settings, all from environment variables (README, "Configuration"). */
    private static Map<String, String> appEnvironment(int port, String appUrl, KeycloakServer keycloak, Mailbox mailbox) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // Health, metrics and the OpenAPI document are served on the management port in prod.
        env.put("MANAGEMENT_PORT", String.valueOf(FreePorts.next()));
        env.put("MANAGEMENT_HOST", "127.0.0.1");
        env.put("DB_URL", property("e2e.db.url"));
        env.put("DB_USERNAME", property("e2e.db.username"));
        env.put("DB_PASSWORD", property("e2e.db.password"));
        env.put("DB_POOL_MAX_SIZE", "5");
        env.put("OIDC_AUTH_SERVER_URL", keycloak.issuer());
        env.put("OIDC_CLIENT_ID", "firstsession-api");
        env.put("OIDC_AUDIENCE", "firstsession-api");
        env.put("OIDC_WEB_CLIENT_ID", KeycloakServer.WEB_CLIENT);
        // Shared by every instance, so a browser session survives a switch of instance.
        env.put("SESSION_SECRET", randomKey());
        env.put("MAIL_HOST", "127.0.0.1");
        env.put("MAIL_PORT", String.valueOf(mailbox.port()));
        env.put("MAIL_STARTTLS", "DISABLED");
        env.put("MAIL_RELAY_INTERVAL", "1s");
        // Reminders are checked every 2 s so the two-instance test need not wait a minute.
        env.put("FIRSTSESSION_MAIL_REMINDER_INTERVAL", "2s");
        // Waitlist offers and expiries are looked for every 2 s (TwoInstancesIT: both instances scan).
        env.put("WAITLIST_SCAN_INTERVAL", "2s");
        // Retries after a mail outage start 2 s apart instead of 30 s (FaultsIT).
        env.put("FIRSTSESSION_MAIL_RETRY_BASE", "PT2S");
        // Busy calendars: the test calendar server is allowed (it is loopback and http), and each instance looks for
        // due calendars every second, so TwoInstancesIT sees both instances compete for every fetch.
        env.put("BUSY_FETCH_ALLOW", "127.0.0.1:" + IcsTestServer.port());
        env.put("BUSY_POLL_INTERVAL", "1s");
        env.put("PUBLIC_BASE_URL", appUrl);
        env.put("CORS_ORIGINS", appUrl);
        env.put("ENCRYPTION_KEY", randomKey());
        // Rate limiting stays on (every request passes the limiter), with limits no test reaches from one
        // address; TwoInstancesIT starts instances with small ones.
        env.put("RATE_LIMIT_ANONYMOUS_PER_MINUTE", "1000000");
        env.put("RATE_LIMIT_ACCOUNT_PER_MINUTE", "1000000");
        // The log format we recommend behind a log shipper: one JSON object per line (JourneyIT checks it).
        env.put("LOG_FORMAT", "json");
        // The realm's seeded admin logs in with a password alone (the suite's other classes act as admin through the
        // password grant); AccountsBrowserIT runs its own instance with ADMIN_REQUIRE_MFA on, as production must.
        env.put("ADMIN_REQUIRE_MFA", "false");
        return env;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Starts from an empty schema; the app's Flyway migrations build it at start, as in a first deployment. */
    private static void resetDatabase() {
        String url = property("e2e.db.url");
        try (Connection connection = DriverManager.getConnection(url, property("e2e.db.username"), property("e2e.db.password"));
                Statement statement = connection.createStatement()) {
            // Schemas a test made for itself (KeyRotationIT's) go first: their indexes use btree_gist from public,
            // and dropping the extension under them fails ("cache lookup failed for function") on the next run.
            statement.execute("DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace"
                    + " WHERE nspowner = current_user::regrole AND nspname <> 'public'"
                    + " LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$");
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
            // Trusted extensions: the database owner may create them (the migrations expect them).
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            statement.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the end-to-end database " + url + " (it must exist and be owned by "
                    + property("e2e.db.username") + "; src/build/local-postgres.sh creates it): " + e.getMessage(), e);
        }
    }

    /**
     * A second copy of the packaged app on the same database, SMTP server, identity provider and keys: the
     * way the platform scales out behind a load balancer. Started once, stopped with the environment.
     */
    synchronized String secondInstanceUrl() {
        if (second == null) {
            int port = FreePorts.next();
            String url = "http://127.0.0.1:" + port;
            Map<String, String> env = new HashMap<>(appEnv);
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            int managementPort = FreePorts.next();
            env.put("MANAGEMENT_PORT", String.valueOf(managementPort));
            Path jar = Path.of(property("e2e.app.jar"));
            second = ChildProcess.start("the second app instance",
                    List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                            "-jar", jar.toString()),
                    env, jar.getParent(), Path.of(property("e2e.log.dir")).resolve("e2e-app-2.log"));
            second.awaitHttpOk("http://127.0.0.1:" + managementPort + "/q/health/ready", APP_START_TIMEOUT);
            secondUrl = url;
            log("second app instance ready at %s", url);
        }
        return secondUrl;
    }

    /**
     * Starts one more copy of the packaged app with its own settings on top of the usual ones (e.g. a
     * database URL through a fault-injecting proxy); {@code overrides} must give it its own
     * {@code QUARKUS_HTTP_PORT} and {@code MANAGEMENT_PORT}. The caller closes it.
     */
    ChildProcess startExtraInstance(String name, Map<String, String> overrides, String readyUrl) {
        Map<String, String> env = new HashMap<>(appEnv);
        env.putAll(overrides);
        Path jar = Path.of(property("e2e.app.jar"));
        ChildProcess extra = ChildProcess.start(name,
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                        jar.toString()),
                env, jar.getParent(), Path.of(property("e2e.log.dir")).resolve("e2e-" + name.replace(' ', '-') + ".log"));
        try {
            extra.awaitHttpOk(readyUrl, APP_START_TIMEOUT);
        } catch (RuntimeException e) {
            extra.close();
            throw e;
        }
        return extra;
    }

    /**
     * Starts the packaged app with the usual settings minus {@code missing} and waits for it to give up.
     * Returns the exit code and the log, or fails if it is still running after the start timeout.
     */
    String refusedStart(String name, List<String> missing) {
        Map<String, String> env = new HashMap<>(appEnv);
        missing.forEach(env::remove);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(FreePorts.next()));
        env.put("MANAGEMENT_PORT", String.valueOf(FreePorts.next()));
        Path jar = Path.of(property("e2e.app.jar"));
        try (ChildProcess process = ChildProcess.start(name,
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString()),
                env, jar.getParent(), Path.of(property("e2e.log.dir")).resolve("e2e-" + name.replace(' ', '-') + ".log"))) {
            java.util.OptionalInt exit = process.awaitExit(APP_START_TIMEOUT);
            if (exit.isEmpty()) {
                throw new AssertionError(name + " started without " + missing + ":\n" + process.tail(40));
            }
            return "exit " + exit.getAsInt() + "\n" + process.tail(200);
        }
    }

    /** A request to the app's HTTP port. */
    RequestSpecification app() {
        return RestAssured.given().baseUri(appUrl).contentType("application/json");
    }

    /** A request to the app as a realm user, with a token from Keycloak's password grant. */
    RequestSpecification as(RealmUser user) {
        return app().auth().oauth2(token(user));
    }

    String token(RealmUser user) {
        return keycloak.accessToken(user.username(), user.password());
    }

    String appUrl() {
        return appUrl;
    }

    /** The app's management port: health, metrics, the OpenAPI document. */
    String managementUrl() {
        return managementUrl;
    }

    /** A request to the app's management port. */
    RequestSpecification management() {
        return RestAssured.given().baseUri(managementUrl);
    }

    KeycloakServer keycloak() {
        return keycloak;
    }

    /** Realm users of a test class's own (first and last name from {@code name}), so classes do not interfere. */
    void createRealmUsers(RealmUser... users) {
        for (RealmUser user : users) {
            String[] names = user.name().split(" ");
            keycloak.createUser(user.username(), user.password(), names[0], names[1], user.email());
        }
    }

    /** Creates {@code profile} as {@code owner}'s specialist profile and publishes it; returns its id. */
    String publishedProfile(RealmUser owner, Map<String, Object> profile) {
        String id = as(owner).body(profile).post("/api/specialists").then().statusCode(201).extract().path("id");
        as(owner).post("/api/specialists/" + id + "/publish").then().statusCode(200);
        return id;
    }

    Mailbox mailbox() {
        return mailbox;
    }

    Path appLog() {
        return app.log();
    }

    String tails() {
        return "---- last lines of " + app.log() + " ----\n" + app.tail(80)
                + "\n---- last lines of " + keycloak.process().log() + " ----\n" + keycloak.process().tail(40);
    }

    Duration keycloakStart() {
        return keycloakStart;
    }

    Duration appStart() {
        return appStart;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (second != null) {
            second.close();
        }
        app.close();
        keycloak.close();
        mailbox.close();
        calendars.stop();
        log("stopped the app, Keycloak, the SMTP server and the calendar server");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run the ITs through ./mvnw verify"
                    + " (Failsafe sets it, see the pom)");
        }
        return value;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.println("e2e: " + String.format(java.util.Locale.ROOT, format, args));
    }
}

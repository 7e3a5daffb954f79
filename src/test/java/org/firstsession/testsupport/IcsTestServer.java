package org.firstsession.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A plain-HTTP calendar server on loopback for the busy-calendar tests, allow-listed for the app
 * ({@code firstsession.busy.fetch-allow=127.0.0.1:<port>}): without that entry the app would refuse it both
 * for being http and for being loopback. Each test serves its own paths ({@link #serve}) and counts the
 * fetches that reach them ({@link #hits}).
 */
public class IcsTestServer implements QuarkusTestResourceLifecycleManager {

    /** What one path answers. */
    public record Answer(int status, byte[] body, Duration delay, String location) {
    }

    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();
    private static volatile int port;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", IcsTestServer::handle);
            server.start();
            port = server.getAddress().getPort();
            return Map.of("firstsession.busy.fetch-allow", "127.0.0.1:" + port);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the test calendar server", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The allow-listed address of a path, e.g. {@code http://127.0.0.1:<port>/cal/abc.ics}. */
    public static String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public static int port() {
        return port;
    }

    public static void serve(String path, String ics) {
        ANSWERS.put(path, new Answer(200, ics.getBytes(StandardCharsets.UTF_8), Duration.ZERO, null));
    }

    public static void serve(String path, Answer answer) {
        ANSWERS.put(path, answer);
    }

    /** Fetches of a path so far. */
    public static int hits(String path) {
        return HITS.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        HITS.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Answer answer = ANSWERS.getOrDefault(path, new Answer(404, "not here".getBytes(StandardCharsets.UTF_8), Duration.ZERO, null));
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (answer.location() != null) {
            exchange.getResponseHeaders().add("Location", answer.location());
        }
        exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=UTF-8");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                out.write(answer.body());
            }
        } catch (IOException e) {
            // the app hung up (a size cap or a timeout): nothing to do
        }
    }
}

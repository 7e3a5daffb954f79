package org.firstsession.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

/**
 * A real OpenSearch for the tests that run the directory on {@code SEARCH_BACKEND=opensearch}: the
 * distribution Maven unpacked into target/opensearch, started once per test JVM by src/build/opensearch.sh
 * (as the system user {@code opensearch} when the build runs as root: OpenSearch refuses root) on a free
 * port with its own run directory, so parallel builds never share one; stopped when the JVM exits (the
 * script also stops it if the JVM is killed). The app reaches it through a TCP proxy in this JVM, so a
 * test can cut OpenSearch away ({@link #cut()}) and bring it back ({@link #restore()}).
 */
public final class OpenSearchServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static OpenSearchServer shared;

    private final Process process;
    private final TcpCrusher proxy;
    private final int proxyPort;
    private final Path runDir;

    private OpenSearchServer(Process process, TcpCrusher proxy, int proxyPort, Path runDir) {
        this.process = process;
        this.proxy = proxy;
        this.proxyPort = proxyPort;
        this.runDir = runDir;
    }

    /**
     * The URL of this JVM's server (through the proxy), started on first use. Quarkus loads test classes anew
     * for every test profile, so the one instance lives in this class as loaded by the system class loader and
     * every other copy of the class reaches it there.
     */
    public static String url() {
        return (String) global("globalUrl");
    }

    /** OpenSearch becomes unreachable: connections are refused and open ones closed. */
    public static void cut() {
        global("globalCut");
    }

    public static void restore() {
        global("globalRestore");
    }

    private static Object global(String method) {
        try {
            Class<?> type = Class.forName(OpenSearchServer.class.getName(), true, ClassLoader.getSystemClassLoader());
            return type.getMethod(method).invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized String globalUrl() {
        return instance().proxyUrl();
    }

    public static synchronized void globalCut() {
        instance().proxy.close();
    }

    public static synchronized void globalRestore() {
        instance().proxy.open();
    }

    private static OpenSearchServer instance() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "opensearch-stop"));
        }
        return shared;
    }

    private String proxyUrl() {
        return "http://127.0.0.1:" + proxyPort;
    }

    private static OpenSearchServer start() {
        Path home = Path.of(property("opensearch.home"));
        if (!Files.isDirectory(home)) {
            throw new IllegalStateException("no OpenSearch at " + home + ": run the tests through ./mvnw (it unpacks it)");
        }
        int port = freePort();
        Path runDir = home.getParent().resolve("run-" + port);
        Path log = home.getParent().resolve("opensearch-" + port + ".log");
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder("bash", property("opensearch.script"), home.toString(), runDir.toString(),
                String.valueOf(port), String.valueOf(ProcessHandle.current().pid()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitUp(process, "http://127.0.0.1:" + port + "/_cluster/health?wait_for_status=yellow&timeout=5s", log);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        System.out.printf("[opensearch] ready in %.1f s on port %d (log: %s)%n", took.toMillis() / 1000.0, port, log);
        int proxyPort = freePort();
        try {
            NioReactor reactor = new NioReactor();
            TcpCrusher proxy = TcpCrusherBuilder.builder().withReactor(reactor).withBindAddress("127.0.0.1", proxyPort)
                    .withConnectAddress("127.0.0.1", port).buildAndOpen();
            return new OpenSearchServer(process, proxy, proxyPort, runDir);
        } catch (IOException e) {
            process.destroy();
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitUp(Process process, String url, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroy();
        throw new IllegalStateException("OpenSearch did not start within " + START_TIMEOUT.toSeconds() + " s:\n" + tail(log));
    }

    private void stop() {
        proxy.close();
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        // The node's data and logs go with it (its log file next to the distribution stays, for a failed run).
        try (var paths = Files.walk(runDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests through ./mvnw");
        }
        return value;
    }
}

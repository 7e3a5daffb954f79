package harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static harness.Bench.*;
import static harness.Postgres.*;

/**
 * OpenSearch from the harness (--backend opensearch): the build's node (target/opensearch, started by
 * src/build/opensearch.sh exactly as the tests start it, as the system user {@code opensearch} when the
 * harness runs as root), the wait for the index the app builds by itself on its first start with
 * {@code SEARCH_BACKEND=opensearch}, a recording proxy that captures the {@code _search} bodies the app sends
 * for the scenario's requests, and the {@code _search} ceiling: those bodies fired straight at OpenSearch, as
 * pgbench fires the directory's SQL straight at PostgreSQL.
 */
final class OpenSearch {
    /** The app's default OPENSEARCH_INDEX (the alias directory searches use). */
    static final String ALIAS = "firstsession-directory";
    /** The node's JVM; the script's default for the tests is 256 MB, a directory of 300,000 profiles wants more. */
    static String jvm = env("BENCH_OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");

    final Process script;
    final int port;
    final String url;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    volatile long nodePid;

    private OpenSearch(Process script, int port) {
        this.script = script;
        this.port = port;
        this.url = "http://127.0.0.1:" + port;
    }

    static OpenSearch start() throws Exception {
        Path home;
        try (var dirs = Files.list(Path.of("target/opensearch"))) {
            home = dirs.filter(p -> p.getFileName().toString().startsWith("opensearch-") && Files.isDirectory(p)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/opensearch/opensearch-*: run ./mvnw package first (bench/run does)"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("no target/opensearch: run ./mvnw package first (bench/run does)");
        }
        int port = freePort();
        Path runDir = work.resolve("opensearch-run").toAbsolutePath();
        Path log = work.resolve("opensearch.log").toAbsolutePath();
        log("starting OpenSearch (" + home.getFileName() + ", " + jvm + ") on port " + port);
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder("bash", "src/build/opensearch.sh", home.toAbsolutePath().toString(), runDir.toString(),
                String.valueOf(port), String.valueOf(ProcessHandle.current().pid())).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("OPENSEARCH_JAVA_OPTS", jvm);
        OpenSearch node = new OpenSearch(pb.start(), port);
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (true) {
            if (!node.script.isAlive()) {
                throw new IllegalStateException("OpenSearch exited with " + node.script.exitValue() + "; see " + log);
            }
            try {
                if (node.send("GET", "/_cluster/health?wait_for_status=yellow&timeout=5s", null).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                node.stop();
                throw new IllegalStateException("OpenSearch did not start within 300 s; see " + log);
            }
            Thread.sleep(500);
        }
        node.nodePid = node.script.descendants().filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(node.script.pid());
        CpuProbe.openSearchPid = node.nodePid;
        log(String.format(java.util.Locale.ROOT, "OpenSearch up in %.1f s (node pid %d)", (System.nanoTime() - t0) / 1e9, node.nodePid));
        return node;
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A fresh start for a new data size: the previous size's indices go (the app builds new ones). */
    void deleteIndices() throws Exception {
        send("DELETE", "/" + ALIAS + "*", null);
    }

    long count() throws Exception {
        HttpResponse<String> r = send("GET", "/" + ALIAS + "/_count", null);
        return r.statusCode() == 200 ? Long.parseLong(r.body().replaceAll("(?s).*\"count\":(\\d+).*", "$1")) : -1;
    }

    /** The size of the directory's index on disk (primary store), as OpenSearch reports it. */
    String storeSize() throws Exception {
        HttpResponse<String> r = send("GET", "/_cat/indices/" + ALIAS + "?h=index,docs.count,store.size", null);
        return r.body().trim().replaceAll("\\s+", " ");
    }

    /**
     * Waits until the app has built the index it asked for on its first start (search_sync: no rebuild
     * requested or running, outbox empty) and returns the documents in it.
     */
    long awaitIndexBuilt(App app, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long lastLog = 0;
        while (System.nanoTime() < deadline) {
            if (!app.process.isAlive()) {
                throw new IllegalStateException("the app exited while building the index; see target/bench/app-*.log");
            }
            String[] s = psqlRows("SELECT rebuild_requested, building_index IS NULL, (SELECT count(*) FROM search_outbox) FROM search_sync").get(0);
            if (s[0].equals("f") && s[1].equals("t") && s[2].equals("0")) {
                send("POST", "/" + ALIAS + "/_refresh", null);
                return count();
            }
            if (System.nanoTime() - lastLog > 30_000_000_000L) {
                lastLog = System.nanoTime();
                log("  index build: " + s[2] + " specialists still queued");
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the index was not built within " + timeoutSeconds + " s");
    }

    void stop() throws InterruptedException {
        List<ProcessHandle> tree = script.descendants().toList();
        script.destroy();
        tree.forEach(ProcessHandle::destroy);
        if (!script.waitFor(30, TimeUnit.SECONDS)) {
            script.destroyForcibly();
        }
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
    }

    // The recording proxy

    /** One directory request's {@code _search} calls: {path, body} each, in the order the app sent them. */
    final List<String[]> recording = new ArrayList<>();
    private HttpServer proxy;

    /** A pass-through HTTP proxy to the node that records every POST .../_search; returns its URL. */
    String startProxy() throws IOException {
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        proxy.setExecutor(Executors.newFixedThreadPool(4));
        proxy.createContext("/", this::forward);
        proxy.start();
        return "http://127.0.0.1:" + proxy.getAddress().getPort();
    }

    void stopProxy() {
        proxy.stop(0);
        ((java.util.concurrent.ExecutorService) proxy.getExecutor()).shutdownNow();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && exchange.getRequestURI().getRawPath().endsWith("/_search")) {
                synchronized (recording) {
                    recording.add(new String[] {path, new String(body, StandardCharsets.UTF_8)});
                }
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                b.header("Content-Type", type);
            }
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            r.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
            exchange.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(r.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            exchange.sendResponseHeaders(502, -1);
        }
    }

    /**
     * Sends {@code count} requests of a scenario to the app one by one and returns each request's
     * {@code _search} calls as the app made them (through the proxy).
     */
    List<List<String[]>> capture(App app, java.util.function.Supplier<HttpRequest> requests, int count) throws Exception {
        List<List<String[]>> groups = new ArrayList<>();
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < count; i++) {
            synchronized (recording) {
                recording.clear();
            }
            HttpResponse<Void> r = client.send(requests.get(), HttpResponse.BodyHandlers.discarding());
            statuses.merge(String.valueOf(r.statusCode()), 1, Integer::sum);
            synchronized (recording) {
                if (!recording.isEmpty()) {
                    groups.add(List.copyOf(recording));
                }
            }
        }
        log("  captured the _search calls of " + count + " requests: " + groups.stream().mapToInt(List::size).sum()
                + " bodies in " + groups.size() + " groups; app answers " + statuses);
        return groups;
    }

    /**
     * OpenSearch's own ceiling for the captured requests: {@code concurrency} clients, each replaying one
     * directory request's {@code _search} calls in turn (one "request" = all of them, as the app sends
     * them), as fast as the node answers.
     */
    Result searchCeiling(String name, List<List<String[]>> groups, int concurrency, int seconds) throws Exception {
        log("closed model (max throughput): " + name + ", " + concurrency + " concurrent, " + seconds + " s");
        Result result = new Result(name, "closed", 0, seconds);
        CpuProbe cpu = CpuProbe.start();
        AtomicInteger next = new AtomicInteger();
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    List<String[]> group = groups.get(Math.floorMod(next.getAndIncrement(), groups.size()));
                    long t0 = System.nanoTime();
                    result.sent.incrementAndGet();
                    String status = "200";
                    try {
                        for (String[] call : group) {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url + call[0]))
                                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(call[1])).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                status = String.valueOf(r.statusCode());
                            }
                        }
                    } catch (Exception e) {
                        status = "error: " + e.getClass().getSimpleName();
                    }
                    result.status(status, t0);
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
}

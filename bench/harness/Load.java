package harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static harness.Bench.*;
import static harness.Postgres.*;

/** The load generator: open model (requests leave at their scheduled time), closed model and bursts. */
final class Load {

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

final class Result {
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
    /** Per process at the end of the scenario: {cores used during it, RSS in MB} (postgres: PSS of its backends). */
    final Map<String, double[]> processes = new java.util.LinkedHashMap<>();
    String loadAverage = "";
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
        return String.format(Locale.ROOT, "%d answers, %.1f/s, p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f max %.1f ms; %s; machine %.0f%% busy; %s; load %s",
                completed, achievedRate, p50, p90, p99, p999, max, statusText(), machineBusy * 100, processText(), loadAverage);
    }

    /** "app 0.52 cores 310 MB, postgres ...". */
    String processText() {
        return processes.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.2f cores %.0f MB", e.getKey(),
                e.getValue()[0], e.getValue()[1])).collect(Collectors.joining(", "));
    }

    /** Answers that were not 200/201 (or an expected 409), transport errors and requests never sent. */
    long errors() {
        return statuses.entrySet().stream().filter(e -> !(e.getKey().equals("200") || e.getKey().equals("201")
                || (name.startsWith("contested") && e.getKey().equals("409")))).mapToLong(e -> e.getValue().sum()).sum();
    }
}

/**
 * CPU used during a scenario, per process: the app, PostgreSQL (the backends serving this database; the
 * server's shared background processes and other databases are not counted), the OpenSearch node (when one
 * runs) and this harness; the whole machine (all processes); and each process's memory at the end.
 */
final class CpuProbe {
    static volatile long appPid;
    static volatile long openSearchPid;
    static final long harnessPid = ProcessHandle.current().pid();

    final long appTicks, openSearchTicks, harnessTicks;
    final Map<Long, Long> postgresTicks;
    final long[] machine;
    final long wallStart;
    /** The latest ticks seen of every backend, sampled twice a second: pgbench's connections end before stop(). */
    final Map<Long, Long> postgresSeen = new ConcurrentHashMap<>();
    final Thread sampler;
    volatile boolean running = true;

    private CpuProbe() {
        appTicks = processTicks(appPid);
        openSearchTicks = openSearchPid == 0 ? 0 : processTicks(openSearchPid);
        harnessTicks = processTicks(harnessPid);
        postgresTicks = postgresBackends();
        postgresSeen.putAll(postgresTicks);
        machine = machineTicks();
        wallStart = System.nanoTime();
        sampler = new Thread(() -> {
            while (running) {
                postgresSeen.putAll(postgresBackends());
                java.util.concurrent.locks.LockSupport.parkNanos(500_000_000L);
            }
        }, "cpu-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    static CpuProbe start() {
        return new CpuProbe();
    }

    void stop(Result result) {
        double wall = (System.nanoTime() - wallStart) / 1e9;
        result.appCores = (processTicks(appPid) - appTicks) / 100.0 / wall;
        running = false;
        Map<Long, Long> pg = postgresBackends();
        postgresSeen.putAll(pg);
        long pgTicks = 0;
        for (Map.Entry<Long, Long> e : postgresSeen.entrySet()) {
            pgTicks += e.getValue() - postgresTicks.getOrDefault(e.getKey(), 0L);
        }
        result.processes.put("app", new double[] {result.appCores, kb(appPid, "VmRSS") / 1024.0});
        result.processes.put("postgres", new double[] {pgTicks / 100.0 / wall,
                pg.keySet().stream().mapToLong(pid -> pss(pid)).sum() / 1024.0});
        if (openSearchPid != 0 && Files.exists(Path.of("/proc/" + openSearchPid))) {
            result.processes.put("opensearch", new double[] {(processTicks(openSearchPid) - openSearchTicks) / 100.0 / wall,
                    kb(openSearchPid, "VmRSS") / 1024.0});
        }
        result.processes.put("harness", new double[] {(processTicks(harnessPid) - harnessTicks) / 100.0 / wall,
                kb(harnessPid, "VmRSS") / 1024.0});
        long[] now = machineTicks();
        double busy = (now[0] - machine[0]);
        double total = (now[1] - machine[1]);
        result.machineBusy = total == 0 ? 0 : busy / total;
        result.loadAverage = loadAverage();
    }

    /** The 1-, 5- and 15-minute load averages, as /proc/loadavg has them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** The PostgreSQL backends connected to the benchmark database (their titles name it), with their CPU ticks. */
    static Map<Long, Long> postgresBackends() {
        Map<Long, Long> backends = new java.util.HashMap<>();
        String marker = " " + dbName + " ";
        try (var procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), java.nio.charset.StandardCharsets.UTF_8);
                    if (cmd.startsWith("postgres: ") && cmd.contains(marker)) {
                        long pid = Long.parseLong(p.getFileName().toString());
                        backends.put(pid, processTicks(pid));
                    }
                } catch (IOException | RuntimeException e) {
                    // gone
                }
            });
        } catch (IOException e) {
            // no /proc
        }
        return backends;
    }

    static long kb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }

    /** Proportional set size: private memory plus this process's share of shared memory (shared_buffers). */
    static long pss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
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

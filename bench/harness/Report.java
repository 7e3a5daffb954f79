package harness;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static harness.Bench.*;
import static harness.Load.*;
import static harness.Postgres.*;

/** Every target with its measured value, and docs/benchmarks.md. */
final class Report {
    String machine;
    final List<SizeResult> sizes = new ArrayList<>();

    /** The PostgreSQL run at size n (the issue's targets for the default backend), else any run at n. */
    SizeResult size(int n) {
        return sizes.stream().filter(s -> s.n == n).min(java.util.Comparator.comparing(s -> s.backend.equals("postgres") ? 0 : 1))
                .orElse(null);
    }

    SizeResult size(int n, String backend) {
        return sizes.stream().filter(s -> s.n == n && s.backend.equals(backend)).findFirst().orElse(null);
    }

    /**
     * Every target of issues #8 and #13 with its measured value, at 100,000 specialists when that size ran
     * (else 10,000, else the largest); "n/a" when a size it needs was not run.
     */
    List<String[]> targets() {
        List<String[]> rows = new ArrayList<>();
        // OpenSearch at its largest size: the issue's goal is 300,000.
        sizes.stream().filter(s -> s.backend.equals("opensearch")).max(java.util.Comparator.comparingInt(s -> s.n)).ifPresent(os -> {
            Result r = os.result("directory search mix");
            if (r != null) {
                rows.add(target(String.format(Locale.ROOT, "OpenSearch: directory search p99 ≤ 100 ms at 200 req/s at %,d (goal at 300,000)", os.n),
                        r.p99 <= 100 && r.errors() == 0, ms(r.p99) + " (" + rate(r) + "; " + r.statusText() + ")"));
            }
        });
        try {
            postgresTargets(rows);
        } catch (RuntimeException e) {
            rows.add(new String[] {"the other targets", "n/a", "a scenario they need was not run (--scenarios directory)"});
        }
        return rows;
    }

    private void postgresTargets(List<String[]> rows) {
        SizeResult main = size(100_000, "postgres") != null ? size(100_000, "postgres") : size(10_000, "postgres") != null
                ? size(10_000, "postgres") : sizes.stream().filter(s -> s.backend.equals("postgres")).reduce((a, b) -> b).orElse(null);
        if (main == null) {
            return;
        }
        String at = " at " + String.format(Locale.ROOT, "%,d", main.n);
        Result dir = main.result("directory search mix");
        rows.add(target("Directory search p99 ≤ 100 ms at 200 req/s, no 5xx, no transport errors" + at,
                dir.p99 <= 100 && dir.count("5") == 0 && dir.count("error") == 0 && dir.count("not sent") == 0,
                ms(dir.p99) + " (" + rate(dir) + "; " + dir.statusText() + ")"));
        rows.add(target("Directory SQL alone (pgbench) ≥ 1,000 transactions/s" + at, main.pgbench.tps() >= 1000,
                String.format(Locale.ROOT, "%.0f tx/s (%d clients, average %.1f ms)", main.pgbench.tps(), main.pgbench.clients(),
                        main.pgbench.latencyMs())));
        Result messaging = main.result("messaging");
        if (messaging != null) {
            rows.add(target("Messaging send + list p99 ≤ 50 ms" + at, messaging.p99 <= 50 && messaging.count("5") == 0,
                    ms(messaging.p99) + " (" + messaging.statusText() + ")"));
        }
        Result sat = main.result("ceiling: directory");
        double ratio = sat.achievedRate / main.pgbench.tps();
        rows.add(target("Directory throughput ≥ ½ of pgbench for the same SQL" + at, ratio >= 0.5,
                String.format(Locale.ROOT, "%.0f req/s vs %.0f tx/s = %.2f", sat.achievedRate, main.pgbench.tps(), ratio)));
        Result profile = main.result("profile");
        rows.add(target("Profile + 31-day slots p99 ≤ 50 ms at 200 req/s each" + at, profile.p99 <= 50 && profile.count("5") == 0,
                ms(profile.p99) + " (" + rate(profile) + ")"));
        Result booking = main.result("booking");
        Result bursts = main.result("contested");
        if (booking != null && bursts != null) {
            rows.add(target("Booking p99 ≤ 150 ms at 50 bookings/s" + at, booking.p99 <= 150 && booking.count("5") == 0,
                    ms(booking.p99) + " (" + booking.statusText() + ")"));
            long winners = bursts.count("201");
            rows.add(target("Contested bursts: 409s, never 5xx" + at, bursts.count("5") == 0 && bursts.count("error") == 0
                    && winners == bursts.completed / 20, bursts.statusText()));
        } else {
            rows.add(new String[] {"Booking, contested bursts, messaging" + at, "n/a", "not run (--scenarios directory)"});
        }
        SizeResult small = size(1_000);
        SizeResult large = size(100_000);
        if (small != null && large != null) {
            double a = small.result("directory search mix").p99;
            double b = large.result("directory search mix").p99;
            rows.add(target("Search p99 at 100,000 ≤ 2 × p99 at 1,000", b <= 2 * a,
                    ms(b) + " vs " + ms(a) + String.format(Locale.ROOT, " = %.2f×", b / a)));
            for (String flat : List.of("directory default page", "profile + 31-day slots")) {
                double x = small.result(flat).p99;
                double y = large.result(flat).p99;
                rows.add(target(flat.substring(0, 1).toUpperCase(Locale.ROOT) + flat.substring(1) + " flat: p99 at 100,000 ≤ 2 × p99 at 1,000",
                        y <= 2 * x, ms(y) + " vs " + ms(x) + String.format(Locale.ROOT, " = %.2f×", y / x)));
            }
        } else {
            rows.add(new String[] {"Search p99 at 100,000 ≤ 2 × p99 at 1,000", "n/a", "needs sizes 1,000 and 100,000"});
        }
        List<Startup> startups = sizes.stream().filter(s -> !s.startups.isEmpty()).map(s -> s.startups).findFirst().orElse(List.of());
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
        rows.add(target("RSS ≤ 350 MB under load", rss <= 350, rss + " MB peak (largest of all runs)"));
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
            md.append(String.format(Locale.ROOT, " %,d %s |", s.n, s.backend));
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

        md.append(sideBySide());
        for (SizeResult s : sizes) {
            md.append(String.format(Locale.ROOT, "\n## %,d specialists, %s\n\n", s.n, s.backend));
            if (s.indexBuild != null) {
                md.append(String.format(Locale.ROOT, "- OpenSearch index: %d documents built by the app on its first start in %.1f s "
                        + "(first answer %d ms after start; during the build: %s; load %s); `_cat/indices`: %s\n", s.indexDocuments,
                        s.indexSeconds, s.indexFirstAnswerMillis, s.indexBuild.processText(), s.indexBuild.loadAverage, s.indexStore));
            }
            md.append(String.format(Locale.ROOT,
                    "- Data: %s specialists, %s slots, %s bookings, %s conversations, %s messages; database %s; seeded in %.1f s\n",
                    (Object[]) new Object[] {s.rows[0], s.rows[1], s.rows[2], s.rows[3], s.rows[4], s.rows[5], s.seedSeconds}));
            md.append(String.format(Locale.ROOT,
                    "- Start to first answered request: %d ms; RSS after the first request %d MB, after the run %d MB, peak %d MB; app CPU %.0f s in all\n",
                    s.firstAnswerMillis, s.rssAfterFirstMb, s.rssAfterRunMb, s.peakRssMb, s.appCpuSeconds));
            md.append("- Booking emails, a minute after the last scenario: ").append(s.emails).append('\n');
            if (s.pgbench != null) {
                md.append(String.format(Locale.ROOT, "- pgbench (directory SQL, %d clients): **%.0f transactions/s**, average %.2f ms\n",
                        s.pgbench.clients(), s.pgbench.tps(), s.pgbench.latencyMs()));
            }
            md.append("\n| Scenario | Model | Intended/s | Achieved/s | p50 | p90 | p99 | p99.9 | max | Answers by status | Cores: app / pg / os / harness | RSS MB: app / pg / os / harness | Machine busy | Load avg |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Result r : s.results) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %.0f%% | %s |\n",
                        r.name, r.model, r.intendedRate == 0 ? "max" : String.valueOf(r.intendedRate), r.achievedRate,
                        r.p50, r.p90, r.p99, r.p999, r.max, r.statusText(), perProcess(r, 0, "%.2f"), perProcess(r, 1, "%.0f"),
                        r.machineBusy * 100, r.loadAverage));
            }
            SizeResult last = size(sizes.stream().mapToInt(x -> x.n).max().orElse(0));
            if (!s.startups.isEmpty()) {
                md.append(String.format(Locale.ROOT, "\n### Start-up at %,d specialists, %s (three starts each)\n\n", s.n, s.backend));
                md.append("| Launch | Median to first answer | Fastest | Slowest | RSS after first answer |\n|---|---|---|---|---|\n");
                for (Startup st : s.startups) {
                    md.append(String.format(Locale.ROOT, "| %s | %d ms | %d ms | %d ms | %d MB |\n", st.launch(),
                            st.medianMillis(), st.minMillis(), st.maxMillis(), st.rssMb()));
                }
            }
            if (s == last && !s.explains.isEmpty()) {
                md.append(String.format(Locale.ROOT, "\n### EXPLAIN ANALYZE of the hot queries at %,d specialists\n", s.n));
                s.explains.forEach((name, plan) -> md.append("\n`bench/").append(name.startsWith("directory") ? "pgbench/" : "explain/")
                        .append(name).append("`\n\n```\n").append(plan).append("\n```\n"));
            }
        }
        md.append(Files.exists(Path.of("bench/NOTES.md")) ? "\n" + Files.readString(Path.of("bench/NOTES.md")) : "");
        return md.toString();
    }

    /** "0.52 / 0.31 / - / 0.10": one value of each process (0: cores, 1: RSS MB), in a fixed order. */
    static String perProcess(Result r, int field, String format) {
        List<String> values = new ArrayList<>();
        for (String process : List.of("app", "postgres", "opensearch", "harness")) {
            double[] v = r.processes.get(process);
            values.add(v == null ? "-" : String.format(Locale.ROOT, format, v[field]));
        }
        return String.join(" / ", values);
    }

    static final List<String> SIDE_BY_SIDE = List.of("directory search mix", "directory default page", "directory near a place",
            "ceiling: directory",
            "ceiling: pgbench", "ceiling: OpenSearch");

    /** Both backends at every size in one table: the directory's scenarios and their ceilings. */
    String sideBySide() {
        StringBuilder md = new StringBuilder("\n## Backends side by side\n\n");
        md.append("Open-model rows at their intended rate; \"ceiling\" rows are closed-model (8 clients, as fast as answered): the app's "
                + "directory under the pgbench mix, pgbench on the directory's SQL, and OpenSearch's `_search` on the bodies the app "
                + "sent for the search mix's requests (one request = all its `_search` calls). CPU in cores during the row "
                + "(postgres: the backends of the benchmark database), RSS in MB at its end (postgres: PSS of those backends), "
                + "load average (1/5/15 min) at its end.\n\n");
        md.append("| Specialists | Backend | Scenario | Intended/s | Achieved/s | p50 ms | p99 ms | Errors | Cores: app / pg / os / harness | RSS MB: app / pg / os / harness | Load avg |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<SizeResult> ordered = sizes.stream().sorted(java.util.Comparator.comparingInt((SizeResult s) -> s.n)).toList();
        for (SizeResult s : ordered) {
            for (String prefix : SIDE_BY_SIDE) {
                Result r = s.result(prefix);
                if (r == null) {
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %.1f | %.1f | %.1f | %d | %s | %s | %s |\n", s.n, s.backend,
                        r.name, r.intendedRate == 0 ? "max" : String.valueOf(r.intendedRate), r.achievedRate, r.p50, r.p99, r.errors(),
                        perProcess(r, 0, "%.2f"), perProcess(r, 1, "%.0f"), r.loadAverage));
            }
        }
        return md.toString();
    }

    /** A text plot of the directory's p99 against data size (log scale on x). */
    String plot() {
        StringBuilder p = new StringBuilder("directory search mix, p99 (ms) by number of specialists\n");
        double max = sizes.stream().mapToDouble(s -> s.result("directory search mix").p99).max().orElse(1);
        for (SizeResult s : sizes) {
            double v = s.result("directory search mix").p99;
            int bar = (int) Math.round(50 * v / Math.max(max, 1e-9));
            p.append(String.format(Locale.ROOT, "%20s | %s %.1f\n", String.format(Locale.ROOT, "%,d %s", s.n, s.backend),
                    "#".repeat(Math.max(bar, 1)), v));
        }
        return p.toString();
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
}

final class SizeResult {
    final int n;
    final String backend;
    long indexFirstAnswerMillis;
    long indexDocuments;
    double indexSeconds;
    Result indexBuild;
    String indexStore = "";
    double seedSeconds;
    String[] rows;
    long firstAnswerMillis, rssAfterFirstMb, rssAfterRunMb, peakRssMb;
    double appCpuSeconds;
    String emails = "";
    Pgbench pgbench;
    final List<Result> results = new ArrayList<>();
    Map<String, String> explains = Map.of();
    List<Startup> startups = List.of();

    SizeResult(int n, String backend) {
        this.n = n;
        this.backend = backend;
    }

    void add(Result r) {
        results.add(r);
    }

    Result result(String prefix) {
        return results.stream().filter(r -> r.name.startsWith(prefix)).findFirst().orElse(null);
    }
}

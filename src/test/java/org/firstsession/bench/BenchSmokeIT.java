package org.firstsession.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark harness from rotting: compiles {@code bench/harness} and runs it with {@code --smoke}
 * (1,000 specialists, 5 s per scenario, about 90 s) against the packaged app, exactly as
 * {@code bench/run --smoke} does (without its packaging step: verify has just packaged the app), and
 * checks that every scenario ran and answered without a 5xx or a transport error. It asserts no timings:
 * the targets live in docs/benchmarks.md, measured on a quiet machine. A second run does the same with
 * {@code --backend opensearch --scenarios directory}: the harness starts the build's OpenSearch, the app indexes
 * the seeded specialists, and the directory's scenarios and OpenSearch's own {@code _search} ceiling must run
 * without errors.
 */
class BenchSmokeIT {

    @Test
    void the_benchmark_harness_runs_end_to_end() throws Exception {
        String markdown = smoke("benchmarks-smoke", 6);
        for (String scenario : List.of("ceiling: trivial endpoint", "ceiling: directory", "directory search mix",
                "directory default page", "directory near a place", "profile + 31-day slots", "booking distinct slots", "contested bursts",
                "messaging: send + list")) {
            assertTrue(markdown.contains("| " + scenario), "scenario missing from the report: " + scenario + "\n" + markdown);
        }
        assertTrue(markdown.contains("transactions/s"), "pgbench ceiling missing:\n" + markdown);
        assertTrue(markdown.contains("EXPLAIN ANALYZE"), "query plans missing:\n" + markdown);
    }

    @Test
    void the_opensearch_backend_runs_end_to_end() throws Exception {
        String markdown = smoke("benchmarks-smoke-opensearch", 8, "--backend", "opensearch", "--scenarios", "directory",
                "--skip-startup"); // the start-up comparison is the PostgreSQL smoke's; here it took 2 of the 5 minutes
        for (String scenario : List.of("ceiling: directory", "directory search mix", "directory default page",
                "ceiling: OpenSearch _search")) {
            assertTrue(markdown.contains("| " + scenario),
                    "scenario missing from the OpenSearch report: " + scenario + "\n" + markdown);
        }
        assertTrue(markdown.contains("opensearch"), "the report does not name the OpenSearch backend:\n" + markdown);
    }

    /** Compiles the harness, runs {@code harness.Bench --smoke} with {@code args}, returns the report it wrote. */
    private static String smoke(String name, int minutes, String... args) throws Exception {
        Path report = Path.of("target/bench/" + name + ".md");
        Files.deleteIfExists(report);
        Path log = Path.of("target/" + name + ".log");
        Files.createDirectories(report.getParent());
        Path classes = Path.of("target/bench/classes");
        List<String> compile = new java.util.ArrayList<>(List.of("-d", classes.toString()));
        try (var sources = Files.list(Path.of("bench/harness"))) {
            sources.map(Path::toString).filter(p -> p.endsWith(".java")).sorted().forEach(compile::add);
        }
        assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, compile.toArray(String[]::new)),
                "bench/harness does not compile");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), "harness.Bench", "--smoke", "--out", report.toString()));
        command.addAll(List.of(args));
        Process bench = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = bench.waitFor(minutes, TimeUnit.MINUTES);
        if (!finished) {
            // The app and OpenSearch the harness started would outlive it and load the machine for the next tests.
            bench.descendants().forEach(ProcessHandle::destroyForcibly);
            bench.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(finished, "the smoke run did not finish in " + minutes + " minutes:\n" + output);
        assertEquals(0, bench.exitValue(), "the smoke run failed:\n" + output);
        return Files.readString(report);
    }
}

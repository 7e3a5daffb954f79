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
 * the targets live in docs/benchmarks.md, measured on a quiet machine.
 */
class BenchSmokeIT {

    @Test
    void the_benchmark_harness_runs_end_to_end() throws Exception {
        Path report = Path.of("target/bench/benchmarks-smoke.md");
        Files.deleteIfExists(report);
        Path log = Path.of("target/bench-smoke.log");
        Files.createDirectories(report.getParent());
        Path classes = Path.of("target/bench/classes");
        List<String> compile = new java.util.ArrayList<>(List.of("-d", classes.toString()));
        try (var sources = Files.list(Path.of("bench/harness"))) {
            sources.map(Path::toString).filter(p -> p.endsWith(".java")).sorted().forEach(compile::add);
        }
        assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, compile.toArray(String[]::new)),
                "bench/harness does not compile");
        Process bench = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), "harness.Bench", "--smoke", "--out", report.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = bench.waitFor(6, TimeUnit.MINUTES);
        if (!finished) {
            bench.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(finished, "the smoke run did not finish in 6 minutes:\n" + output);
        assertEquals(0, bench.exitValue(), "the smoke run failed:\n" + output);
        String markdown = Files.readString(report);
        for (String scenario : List.of("ceiling: trivial endpoint", "ceiling: directory", "directory search mix",
                "directory default page", "directory near a place", "profile + 31-day slots", "booking distinct slots", "contested bursts",
                "messaging: send + list")) {
            assertTrue(markdown.contains("| " + scenario), "scenario missing from the report: " + scenario + "\n" + markdown);
        }
        assertTrue(markdown.contains("transactions/s"), "pgbench ceiling missing:\n" + markdown);
        assertTrue(markdown.contains("EXPLAIN ANALYZE"), "query plans missing:\n" + markdown);
    }
}

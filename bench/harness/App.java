package harness;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static harness.Bench.*;
import static harness.Load.*;
import static harness.Postgres.*;

/** The packaged application as a child process: start, first answer, RSS and CPU, stop. */
final class App {
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
        long deadline = System.nanoTime() + startTimeoutSeconds * 1_000_000_000L;
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
        throw new IllegalStateException("the app did not answer within " + startTimeoutSeconds + " s (--start-timeout)");
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

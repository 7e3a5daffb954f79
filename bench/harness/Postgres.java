package harness;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static harness.Bench.*;
import static harness.Load.*;

/** PostgreSQL from the harness: psql, the pgbench ceiling and EXPLAIN ANALYZE of the hot queries. */
final class Postgres {

    static void psql(String sql) throws Exception {
        run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", dbHost, "-p", dbPort, "-U", dbUser, "-d", dbName, "-c", sql));
    }

    static void psqlFile(Path file, Map<String, String> vars) throws Exception {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", dbHost, "-p", dbPort,
                "-U", dbUser, "-d", dbName));
        vars.forEach((k, v) -> command.addAll(List.of("-v", k + "=" + v)));
        command.addAll(List.of("-f", file.toString()));
        run(command);
    }

    static List<String[]> psqlRows(String sql) throws Exception {
        String output = run(List.of("psql", "-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-h", dbHost, "-p", dbPort,
                "-U", dbUser, "-d", dbName, "-c", sql));
        return output.lines().filter(l -> !l.isEmpty()).map(l -> l.split("\t", -1)).toList();
    }

    static String run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", dbPassword);
        pb.environment().put("PGOPTIONS", "-c client_min_messages=error");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                    + " failed:\n" + output);
        }
        return output;
    }

    /** {@code result}: the same run as a closed-model row (percentiles from pgbench's per-transaction log). */
    record Pgbench(double tps, double latencyMs, int clients, String command, Result result) {
    }

    /** The directory's SQL straight against PostgreSQL, in the same 4:3:3 mix as the saturated HTTP run. */
    static Pgbench pgbench(Fixtures f, int seconds) throws Exception {
        int clients = 8;
        Path logDir = work.resolve("pgbench-log");
        if (Files.isDirectory(logDir)) {
            try (var old = Files.list(logDir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(logDir);
        List<String> command = List.of("pgbench", "-n", "-M", "prepared", "-h", dbHost, "-p", dbPort, "-U", dbUser, "-c", String.valueOf(clients),
                "-j", "2", "-T", String.valueOf(seconds), "-l", "--log-prefix=" + logDir.resolve("tx"), "-f", "bench/pgbench/directory-default.sql@4",
                "-f", "bench/pgbench/directory-text.sql@3", "-f", "bench/pgbench/directory-filters.sql@3", dbName);
        log("pgbench: " + String.join(" ", command));
        CpuProbe cpu = CpuProbe.start();
        Result result = new Result("ceiling: pgbench, directory SQL (pgbench mix)", "closed", 0, seconds);
        String output = run(command);
        cpu.stop(result);
        // One line per transaction: client, number, latency in µs, script, epoch s, µs.
        List<Long> micros = new ArrayList<>();
        try (var logs = Files.list(logDir)) {
            for (Path file : logs.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] cols = line.split(" ");
                    if (cols.length >= 3) {
                        micros.add(Long.parseLong(cols[2]));
                    }
                }
            }
        }
        for (long us : micros) {
            result.status("200", System.nanoTime() - us * 1000);
        }
        double tps = Double.parseDouble(output.replaceAll("(?s).*tps = ([0-9.]+) \\(without initial connection time\\).*", "$1"));
        double latency = Double.parseDouble(output.replaceAll("(?s).*latency average = ([0-9.]+) ms.*", "$1"));
        result.finish(micros.size(), seconds);
        result.achievedRate = tps;
        log(String.format(Locale.ROOT, "  pgbench: %.1f transactions/s, average latency %.2f ms; %s", tps, latency, result.summary()));
        return new Pgbench(tps, latency, clients, String.join(" ", command), result);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the hot queries, with the parameters the scenarios use. */
    static Map<String, String> explains(Fixtures f) throws Exception {
        Map<String, String> plans = new LinkedHashMap<>();
        String specialist = f.specialists().get(0);
        for (Path file : List.of(Path.of("bench/pgbench/directory-default.sql"), Path.of("bench/pgbench/directory-text.sql"),
                Path.of("bench/pgbench/directory-filters.sql"), Path.of("bench/explain/profile-slots.sql"),
                Path.of("bench/explain/my-conversations.sql"))) {
            String script = Files.readString(file)
                    .replace(":specialist_id", "'" + specialist + "'::uuid")
                    .replace(":messenger", "'bench-messenger-1'")
                    .replace(":page", "0").replace(":lim", "12").replace(":off", "0").replace("[:w]", "[1]")
                    .replace(":lexeme", "'anxieti'").replace("\\gset", ";");
            StringBuilder plan = new StringBuilder();
            String statements = script.lines().filter(l -> !l.startsWith("--") && !l.startsWith("\\")).collect(Collectors.joining("\n"));
            for (String statement : statements.split(";")) {
                String sql = statement.trim();
                if (sql.isEmpty()) {
                    continue;
                }
                plan.append(sql).append(";\n\n");
                psqlRows("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql); // once to warm the cache
                for (String[] row : psqlRows("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)) {
                    plan.append(row[0]).append('\n');
                }
                plan.append('\n');
            }
            plans.put(file.getFileName().toString(), plan.toString().trim());
        }
        return plans;
    }
}

package org.firstsession.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The deployment files are checked by the tools that will read them: Prometheus' {@code promtool} for the
 * alert rules (syntax and unit tests of when they fire), {@code docker-compose config} for the compose
 * file, and the Grafana dashboard is valid JSON whose queries use metrics the app publishes. A missing
 * tool fails the test with the command that installs it ({@code .ci/run} does).
 */
class DeploymentFilesTest {

    private static final Path DOCKER = Path.of("docker");

    @Test
    void alert_rules_are_valid_and_fire_when_they_should() throws Exception {
        Result check = run(List.of("promtool", "check", "rules", "prometheus/alerts.yml"), Map.of(), "prometheus");
        assertEquals(0, check.exit(), "promtool check rules:\n" + check.output());
        assertTrue(check.output().contains("SUCCESS: 6 rules found"), check.output());
        Result test = run(List.of("promtool", "test", "rules", "prometheus/alerts.test.yml"), Map.of(), "prometheus");
        assertEquals(0, test.exit(), "promtool test rules:\n" + test.output());
    }

    @Test
    void the_compose_file_is_valid_and_pins_every_image() throws Exception {
        Result config = run(List.of("docker-compose", "-f", "docker-compose.yml", "config"),
                Map.of("ENCRYPTION_KEY", "dGVzdA==", "SESSION_SECRET", "x".repeat(32)), "docker-compose");
        assertEquals(0, config.exit(), "docker-compose config:\n" + config.output());
        List<String> unpinned = new ArrayList<>();
        for (String line : config.output().split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("image:") && !trimmed.startsWith("image: firstsession:")
                    && !trimmed.matches("image: \\S+:v?[0-9][^ ]*")) {
                unpinned.add(trimmed);
            }
        }
        assertEquals(List.of(), unpinned, "every image has a version tag");
        assertTrue(config.output().contains("quay.io/keycloak/keycloak:26.7.3"), "the end-to-end suite's Keycloak");
    }

    @Test
    void the_dashboard_is_valid_json_and_queries_metrics_the_app_publishes() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DOCKER.resolve("grafana/firstsession.json").toFile());
        assertEquals("firstsession", dashboard.path("uid").asText());
        String all = dashboard.toString();
        for (String metric : List.of("firstsession_bookings_created_total", "firstsession_booking_conflicts_total",
                "firstsession_emails", "firstsession_outbox_lag_seconds", "firstsession_directory_search_seconds_bucket",
                "firstsession_rate_limit_refusals_total", "firstsession_login_failures_total", "agroal_active_count",
                "http_server_requests_seconds_bucket", "firstsession_ready", "firstsession_waitlist_offers_total",
                "firstsession_waitlist_waiting")) {
            assertTrue(all.contains(metric), "the dashboard shows " + metric);
        }
    }

    record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env, String debianPackage) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(DOCKER.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is missing: apt-get install " + debianPackage
                    + " (.ci/run installs it)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " finished");
        return new Result(process.exitValue(), output);
    }
}

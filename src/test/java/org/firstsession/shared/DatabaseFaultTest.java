package org.firstsession.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The database kills the app's connections (pg_terminate_backend, as a failover or an operator would):
 * requests in flight fail cleanly (503 problem+json, never a 500 with internals) and the app recovers by
 * itself, without a restart.
 */
@QuarkusTest
class DatabaseFaultTest {

    @Test
    void killed_connections_give_clean_503s_and_the_app_recovers() throws Exception {
        given().get("/api/specialists").then().statusCode(200); // the pool holds connections now
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            int killed = terminateAppConnections();
            assertTrue(killed > 0 || round > 0, "connections were terminated");
            for (int i = 0; i < 10; i++) {
                Response response = given().get("/api/specialists?q=anxiety");
                statuses.add(response.statusCode());
                if (response.statusCode() != 200) {
                    assertEquals(503, response.statusCode(), response.asString());
                    assertTrue(response.contentType().startsWith("application/problem+json"));
                    assertTrue(!response.asString().contains("SQL") && !response.asString().contains("Exception"),
                            response.asString());
                }
            }
        }
        // Recovered: the pool replaced the dead connections.
        for (int i = 0; i < 5; i++) {
            given().get("/api/specialists").then().statusCode(200);
        }
        given().get("/q/health/ready").then().statusCode(200);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 503), statuses.toString());
    }

    /** Terminates every other session of the app's database role on the test database. */
    private static int terminateAppConnections() throws Exception {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try (Connection db = DriverManager.getConnection(url, user, password); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                        WHERE datname = current_database() AND pid <> pg_backend_pid() AND usename = current_user""")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}

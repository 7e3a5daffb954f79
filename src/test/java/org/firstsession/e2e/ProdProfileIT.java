package org.firstsession.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged app runs the prod profile: no Swagger UI or dev endpoints, HSTS and the other headers on. */
@ExtendWith(E2eExtension.class)
class ProdProfileIT {

    @Test
    void swagger_ui_and_dev_endpoints_are_not_served(E2eEnvironment env) {
        for (String path : new String[] { "/q/swagger-ui/", "/q/swagger-ui", "/q/dev-ui/", "/q/dev/", "/q/dev-ui/extensions" }) {
            env.app().get(path).then().statusCode(404);
        }
        env.app().accept("application/json").get("/q/openapi").then().statusCode(200); // the API contract stays public
    }

    @Test
    void production_security_headers_are_set(E2eEnvironment env) {
        env.app().get("/api/taxonomy").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store");
        env.app().header("Origin", "https://evil.example.org").get("/api/taxonomy").then()
                .header("Access-Control-Allow-Origin", nullValue());
        env.app().get("/api/me").then().statusCode(401).header("Strict-Transport-Security", containsString("max-age="));
    }
}

package org.firstsession.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The website in a real browser (headless Chromium) against the packaged app and the real Keycloak login
 * form: each main page passes axe-core without serious or critical violations, and is photographed for the
 * README at desktop and phone width.
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebsiteBrowserIT {

    private E2eEnvironment env;
    private Browser visitor;

    @BeforeAll
    void start(E2eEnvironment env) {
        this.env = env;
        visitor = Browser.start(env.appUrl());
    }

    @AfterAll
    void stop() {
        if (visitor != null) {
            visitor.close();
        }
    }

    @Test
    @Order(1)
    void home_page_is_accessible() {
        visitor.open("/");
        assertTrue(visitor.text().contains("free"), visitor.text());
        visitor.assertAccessible("the home page");
        visitor.screenshots("home");
    }

    @Test
    @Order(2)
    void login_uses_the_keycloak_form_and_comes_back() {
        try (Browser client = Browser.start(env.appUrl())) {
            client.open("/timezone");
            client.find("header a[href^='/login']").click();
            client.logInOnKeycloak(RealmUser.CLIENT);
            client.waitForPath("/timezone");
            assertTrue(client.text().contains("Log out"), client.text());
            client.find("form[action='/logout'] button").click();
            client.waitForPath("/");
            assertTrue(client.text().contains("Log in"), client.text());
        }
    }
}

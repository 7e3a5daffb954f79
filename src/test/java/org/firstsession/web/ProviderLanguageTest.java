package org.firstsession.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.firstsession.testsupport.WebSession;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The identity provider's pages and the emails it sends before the account exists (the sign-up's verification
 * link) follow the visitor's language (issue #18): every authorization request names it in {@code ui_locales}.
 */
@QuarkusTest
class ProviderLanguageTest {

    private static String toProvider(WebSession visitor, String path) {
        Response response = visitor.get(path);
        assertEquals(302, response.statusCode(), path);
        String location = response.header("Location");
        assertTrue(location.contains("/protocol/openid-connect/auth?"), location);
        return location;
    }

    @Test
    void the_switchers_choice_goes_to_the_provider_with_the_sign_up() {
        String location = toProvider(WebSession.visitor().cookie("lang", "de").header("Accept-Language", "fr"),
                "/signup?next=/");
        assertTrue(location.contains("ui_locales=de"), "the cookie wins over the header: " + location);
        assertTrue(location.contains("prompt=create"), location);
    }

    @Test
    void the_browsers_language_goes_to_the_provider_with_the_login() {
        String location = toProvider(WebSession.visitor().header("Accept-Language", "fr-CH, en;q=0.5"), "/login?next=/");
        assertTrue(location.contains("ui_locales=fr"), location);
    }

    @Test
    void without_a_preference_the_provider_decides() {
        String location = toProvider(WebSession.visitor().header("Accept-Language", "nl, ja;q=0.5"), "/login?next=/");
        assertFalse(location.contains("ui_locales"), location);
    }
}

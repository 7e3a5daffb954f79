package org.firstsession.testsupport;

import java.util.Map;

/** Seeds specialist profiles through the API, as a specialist would. */
public final class Specialists {

    private Specialists() {
    }

    /** Creates a draft for a new user; returns the owner and the profile id. */
    public static Owned draft(Map<String, Object> body) {
        TestUser owner = TestUser.client();
        String id = owner.request().body(body).post("/api/specialists").then().statusCode(201).extract().path("id");
        return new Owned(owner, id);
    }

    public static Owned published(Map<String, Object> body) {
        Owned owned = draft(body);
        owned.owner().request().post("/api/specialists/" + owned.id() + "/publish").then().statusCode(200);
        return owned;
    }

    public record Owned(TestUser owner, String id) {
    }
}

package org.firstsession.testsupport;

import java.time.Instant;
import java.util.Map;

/** Offers slots through the API, as the owning specialist. */
public final class Slots {

    private Slots() {
    }

    public static String offer(Specialists.Owned specialist, Instant start) {
        return specialist.owner().request().body(Map.of("startsAt", start.toString()))
                .post("/api/specialists/" + specialist.id() + "/slots")
                .then().statusCode(201).extract().path("created[0].id");
    }
}

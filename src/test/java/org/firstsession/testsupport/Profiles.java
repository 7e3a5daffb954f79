package org.firstsession.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Profile request bodies: a complete one that can be published, to be varied per test. */
public final class Profiles {

    private Profiles() {
    }

    public static Map<String, Object> complete(String displayName) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", displayName);
        body.put("professionalTitle", "Clinical Psychologist");
        body.put("headline", "Calm, practical help with worry and low mood");
        body.put("bio", "I work with adults who feel stuck. Together we find small steps that help.");
        body.put("specialties", List.of("depression"));
        body.put("approaches", List.of("cbt"));
        body.put("languages", List.of("en", "de"));
        body.put("sessionFormats", List.of("online", "in_person"));
        body.put("city", "Berlin");
        body.put("country", "DE");
        body.put("timeZone", "Europe/Berlin");
        body.put("fee", Map.of("amount", 90, "currency", "EUR"));
        body.put("yearsOfPractice", 8);
        body.put("licence", Map.of("number", "PSY-12345", "licensingBody", "Psychotherapeutenkammer Berlin", "country", "DE"));
        body.put("meetingUrl", "https://meet.example.org/room-1");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}

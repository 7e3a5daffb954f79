package org.firstsession.web.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.FormParam;

import org.firstsession.admin.AdminViews.FeatureRequest;
import org.firstsession.shared.i18n.AdminMsg;
import org.firstsession.web.FormErrors;

/** Feature a specialist ({@code featured=true}, optionally until a local date and time) or stop featuring them. */
public record FeatureForm(@FormParam("featured") String featured, @FormParam("until") String until) {

    boolean on() {
        return "true".equals(featured);
    }

    /**
     * The request the admin API would get, the end read in the admin's zone; or null with the mistake next to
     * "until" in {@code t}'s language (an end that cannot be read, or one that has passed: the service refuses it too).
     */
    FeatureRequest toRequest(ZoneId zone, AdminMsg t, FormErrors errors) {
        Instant end = null;
        if (on() && until != null && !until.isBlank()) {
            try {
                end = LocalDateTime.parse(until.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                errors.add("until", t.admin_specialist_end_format());
                return null;
            }
            if (!end.isAfter(Instant.now())) {
                errors.add("until", t.admin_specialist_end_in_past());
                return null;
            }
        }
        return new FeatureRequest(on(), end);
    }
}

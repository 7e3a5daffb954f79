package org.firstsession.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.firstsession.admin.AdminViews.FeatureRequest;
import org.firstsession.admin.AdminViews.VerificationRequest;
import org.firstsession.admin.AdminViews.VerificationStatus;
import org.firstsession.web.FormErrors;
import org.junit.jupiter.api.Test;

/** The admin's verification and feature forms, read without the application. */
class AdminFormsTest {

    @Test
    void a_verification_reads_into_the_admin_request() {
        FormErrors errors = FormErrors.none();
        VerificationRequest request = new VerificationForm("VERIFIED", "2026-11-02", " 2027-11-01 ", "checked online")
                .toRequest(errors);
        assertEquals(new VerificationRequest(VerificationStatus.VERIFIED, LocalDate.of(2026, 11, 2),
                LocalDate.of(2027, 11, 1), "checked online"), request);
    }

    @Test
    void a_verification_names_every_mistake_and_makes_no_request() {
        FormErrors errors = FormErrors.none();
        assertNull(new VerificationForm("MAYBE", "", "next year", "x".repeat(1001)).toRequest(errors));
        assertEquals("Choose verified or rejected.", errors.get("status"));
        assertEquals("Give the date.", errors.get("checkedOn"));
        assertEquals("Write the date as year-month-day, such as 2026-12-01.", errors.get("validUntil"));
        assertEquals("Please keep the note to 1000 characters.", errors.get("note"));
    }

    @Test
    void featuring_until_a_local_time_is_read_in_the_admins_zone() {
        FormErrors errors = FormErrors.none();
        FeatureRequest request = new FeatureForm("true", "2026-12-31T18:00").toRequest(ZoneId.of("Europe/Berlin"), errors);
        assertEquals(new FeatureRequest(true, Instant.parse("2026-12-31T17:00:00Z")), request);
        assertEquals(new FeatureRequest(false, null),
                new FeatureForm(null, "2026-12-31T18:00").toRequest(ZoneId.of("UTC"), FormErrors.none()),
                "stop featuring ignores the end");
    }

    @Test
    void an_unreadable_end_is_shown_next_to_it() {
        FormErrors errors = FormErrors.none();
        assertNull(new FeatureForm("true", "end of year").toRequest(ZoneId.of("UTC"), errors));
        assertTrue(errors.get("until").startsWith("Write the end as a date and time"));
    }
}

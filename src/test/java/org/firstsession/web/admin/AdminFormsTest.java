package org.firstsession.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.firstsession.admin.AdminViews.FeatureRequest;
import org.firstsession.admin.AdminViews.VerificationRequest;
import org.firstsession.admin.AdminViews.VerificationStatus;
import org.firstsession.shared.i18n.AdminMsg;
import org.firstsession.testsupport.BundleTexts;
import org.firstsession.web.FormErrors;
import org.junit.jupiter.api.Test;

/** The admin's verification and feature forms, read without the application, their mistakes in the admin's language. */
class AdminFormsTest {

    private static final AdminMsg ENGLISH = BundleTexts.of(AdminMsg.class, "admin", "en");
    private static final AdminMsg GERMAN = BundleTexts.of(AdminMsg.class, "admin", "de");
    private static final AdminMsg FRENCH = BundleTexts.of(AdminMsg.class, "admin", "fr");

    @Test
    void a_verification_reads_into_the_admin_request() {
        FormErrors errors = FormErrors.none();
        VerificationRequest request = new VerificationForm("VERIFIED", "2026-11-02", " 2027-11-01 ", "checked online")
                .toRequest(ENGLISH, errors);
        assertEquals(new VerificationRequest(VerificationStatus.VERIFIED, LocalDate.of(2026, 11, 2),
                LocalDate.of(2027, 11, 1), "checked online"), request);
    }

    @Test
    void a_verification_names_every_mistake_and_makes_no_request() {
        FormErrors errors = FormErrors.none();
        assertNull(new VerificationForm("MAYBE", "", "next year", "x".repeat(1001)).toRequest(ENGLISH, errors));
        assertEquals("Choose verified or rejected.", errors.get("status"));
        assertEquals("Give the date.", errors.get("checkedOn"));
        assertEquals("Write the date as year-month-day, such as 2026-12-01.", errors.get("validUntil"));
        assertEquals("Please keep the note to 1000 characters.", errors.get("note"));
    }

    @Test
    void a_verification_checks_what_the_service_would_refuse_in_the_admins_language() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        FormErrors german = FormErrors.none();
        assertNull(new VerificationForm("VERIFIED", tomorrow, "", null).toRequest(GERMAN, german));
        assertEquals("Die Prüfung kann nicht in der Zukunft liegen.", german.get("checkedOn"));
        assertEquals("Geben Sie an, bis wann die Zulassung gültig ist.", german.get("validUntil"));

        FormErrors french = FormErrors.none();
        assertNull(new VerificationForm("REJECTED", "2026-11-02", "2026-11-01", null).toRequest(FRENCH, french));
        assertEquals("« Valable jusqu'au » ne peut pas précéder le jour de la vérification.", french.get("validUntil"));
        assertNull(french.get("checkedOn"));

        FormErrors rejected = FormErrors.none();
        assertEquals(VerificationStatus.REJECTED, new VerificationForm("REJECTED", "2026-11-02", "", null)
                .toRequest(ENGLISH, rejected).status(), "a rejection needs no end");
    }

    @Test
    void featuring_until_a_local_time_is_read_in_the_admins_zone() {
        FormErrors errors = FormErrors.none();
        FeatureRequest request = new FeatureForm("true", "2099-12-31T18:00").toRequest(ZoneId.of("Europe/Berlin"), ENGLISH, errors);
        assertEquals(new FeatureRequest(true, Instant.parse("2099-12-31T17:00:00Z")), request);
        assertEquals(new FeatureRequest(false, null),
                new FeatureForm(null, "2026-12-31T18:00").toRequest(ZoneId.of("UTC"), ENGLISH, FormErrors.none()),
                "stop featuring ignores the end");
    }

    @Test
    void an_unreadable_or_past_end_is_shown_next_to_it() {
        FormErrors errors = FormErrors.none();
        assertNull(new FeatureForm("true", "end of year").toRequest(ZoneId.of("UTC"), ENGLISH, errors));
        assertTrue(errors.get("until").startsWith("Write the end as a date and time"));
        FormErrors german = FormErrors.none();
        assertNull(new FeatureForm("true", "Ende des Jahres").toRequest(ZoneId.of("UTC"), GERMAN, german));
        assertTrue(german.get("until").startsWith("Schreiben Sie das Ende als Datum und Uhrzeit"), german.get("until"));
        FormErrors past = FormErrors.none();
        assertNull(new FeatureForm("true", "2020-01-01T10:00").toRequest(ZoneId.of("UTC"), FRENCH, past));
        assertEquals("La fin doit être dans le futur.", past.get("until"));
    }
}

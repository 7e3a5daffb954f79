package org.firstsession.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A consent's version and the language its wording was read in share one column: both read back as given. */
class ConsentRecordTest {

    private static Consent recorded(String stored) {
        Consent consent = new Consent();
        consent.wordingVersion = stored;
        return consent;
    }

    @Test
    void the_version_and_the_language_read_back() {
        Consent consent = recorded(Consent.recorded("2026-11", Locale.GERMAN));
        assertEquals("2026-11/de", consent.wordingVersion);
        assertEquals("2026-11", consent.version());
        assertEquals("de", consent.language());
    }

    @Test
    void a_consent_recorded_before_languages_has_its_version_and_no_language() {
        Consent consent = recorded("2026-11");
        assertEquals("2026-11", consent.version());
        assertNull(consent.language());
        assertEquals("2026-11", Consent.recorded("2026-11", null));
    }
}

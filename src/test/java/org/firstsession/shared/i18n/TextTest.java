package org.firstsession.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A text names its bundle message without the application; plain unit tests see the key and arguments. */
class TextTest {

    @Test
    void a_bundle_text_records_its_key_and_arguments() {
        Text text = Details.booking(m -> m.booking_too_many_upcoming(3));
        assertTrue(text.translatable());
        assertEquals("booking_too_many_upcoming[3]", text.key());
        // Without the application there are no bundles: the key stands in, so rules stay testable in plain JUnit.
        assertEquals("booking_too_many_upcoming[3]", text.in(Locale.GERMAN));
    }

    @Test
    void a_text_of_the_same_bundle_may_be_an_argument() {
        Text text = Details.booking(m -> m.booking_too_short_notice(m.duration_hours(2)));
        assertEquals("booking_too_short_notice[duration_hours[2]]", text.key());
    }

    @Test
    void verbatim_text_is_the_same_in_every_language() {
        Text text = Text.verbatim("size must be between 1 and 64");
        assertFalse(text.translatable());
        assertEquals("size must be between 1 and 64", text.in(Locale.FRENCH));
        assertEquals("size must be between 1 and 64", text.english());
    }
}

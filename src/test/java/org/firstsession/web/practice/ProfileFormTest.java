package org.firstsession.web.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.firstsession.shared.i18n.PracticeMsg;
import org.firstsession.specialist.SessionFormat;
import org.firstsession.specialist.SpecialistRequest;
import org.firstsession.web.FormErrors;
import org.firstsession.place.Gazetteer;
import org.firstsession.testsupport.BundleTexts;
import org.junit.jupiter.api.Test;

/** Reading the profile form into the API's request, without the application. */
class ProfileFormTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final PracticeMsg EN = BundleTexts.of(PracticeMsg.class, "practice", "en");
    private static final PracticeMsg DE = BundleTexts.of(PracticeMsg.class, "practice", "de");
    private static final PracticeMsg FR = BundleTexts.of(PracticeMsg.class, "practice", "fr");

    private static ProfileForm form(String languages, List<String> formats, String feeAmount, String feeCurrency,
            String years) {
        return new ProfileForm(" Dr Anna Berg ", "Psychologist", null, "  ", Arrays.asList("anxiety", " "), null,
                languages, formats, "Berlin", "potsdam", null, "DE", "Europe/Berlin", feeAmount, feeCurrency, "true", " Students pay half ", years, null, null, null,
                null, null, null).posted();
    }

    @Test
    void a_complete_form_reads_into_the_request_with_text_trimmed_and_empty_fields_null() {
        FormErrors errors = FormErrors.none();
        SpecialistRequest request = form("en; DE ,fr", List.of("online", "in_person"), "75,50", "eur", "12")
                .toRequest(errors, GAZETTEER, EN);
        assertNotNull(request, errors.all().toString());
        assertEquals("Dr Anna Berg", request.displayName());
        assertNull(request.bio(), "a blank field is no value");
        assertEquals(List.of("anxiety"), request.specialties(), "blank boxes are dropped");
        assertEquals(List.of("en", "de", "fr"), request.languages());
        assertEquals(List.of(SessionFormat.ONLINE, SessionFormat.IN_PERSON), request.sessionFormats());
        assertEquals(new SpecialistRequest.Fee(new BigDecimal("75.50"), "EUR"), request.fee());
        assertEquals(12, request.yearsOfPractice());
        assertNull(request.licence(), "no licence field filled: no licence");
        assertEquals(new SpecialistRequest.ReducedFee(true, "Students pay half"), request.reducedFee());
        assertEquals(2852458L, request.placeId(), "a typed place name, without the script's id, is the place of that name");
    }

    @Test
    void a_place_the_gazetteer_does_not_know_is_a_message_on_the_place_field() {
        FormErrors errors = FormErrors.none();
        ProfileForm form = new ProfileForm("Dr Anna Berg", null, null, null, null, null, "en", List.of("online"), null,
                "Atlantis", null, "DE", null, null, null, null, null, null, null, null, null, null, null, null).posted();
        assertNull(form.toRequest(errors, GAZETTEER, EN));
        assertTrue(errors.get("place").startsWith("Place: no town or city of that name in the chosen country"), errors.get("place"));
    }

    @Test
    void a_place_typed_by_another_of_its_names_or_picked_by_it_is_that_place() {
        for (String typed : new String[] { "Cologne", "Koeln", "köln" }) {
            FormErrors errors = FormErrors.none();
            ProfileForm form = new ProfileForm("Dr Anna Berg", null, null, null, null, null, "en", List.of("online"), null,
                    typed, null, "DE", null, null, null, null, null, null, null, null, null, null, null, null).posted();
            assertEquals(2886242L, form.toRequest(errors, GAZETTEER, EN).placeId(), typed);
        }
        FormErrors errors = FormErrors.none();
        ProfileForm picked = new ProfileForm("Dr Anna Berg", null, null, null, null, null, "en", List.of("online"), null,
                "München, Bavaria, DE", "2867714", "DE", null, null, null, null, null, null, null, null, null, null, null, null).posted();
        assertEquals(2867714L, picked.toRequest(errors, GAZETTEER, EN).placeId(), "the suggestion picked by its other name");
    }

    @Test
    void every_unreadable_field_has_its_own_message_and_no_request_is_made() {
        FormErrors errors = FormErrors.none();
        assertNull(form("en", List.of("by_pigeon"), "eighty", null, "many").toRequest(errors, GAZETTEER, EN));
        assertEquals("Session formats: choose online and/or in person.", errors.get("sessionFormats"));
        assertEquals("Fee: write a number such as 80 or 75.50.", errors.get("feeAmount"));
        assertEquals("Currency: give the currency code too, such as EUR.", errors.get("feeCurrency"));
        assertEquals("Years of practice: write a whole number from 0 to 80.", errors.get("yearsOfPractice"));
    }

    @Test
    void a_currency_without_an_amount_asks_for_both_or_neither() {
        FormErrors errors = FormErrors.none();
        assertNull(form("en", List.of("online"), " ", "EUR", null).toRequest(errors, GAZETTEER, EN));
        assertEquals("Fee: give the amount too, or leave both fee fields empty.", errors.get("feeAmount"));
        assertTrue(!errors.has("feeCurrency"));
    }

    @Test
    void a_posted_form_without_boxes_or_key_gets_empty_lists_and_a_fresh_key() {
        ProfileForm posted = new ProfileForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, " ").posted();
        assertEquals(List.of(), posted.specialties());
        assertEquals(List.of(), posted.sessionFormats());
        assertEquals(36, posted.idempotencyKey().length());
    }

    @Test
    void service_messages_become_sentences_naming_the_field_and_the_summary_lists_the_labels() {
        FormErrors raw = FormErrors.none().add("timeZone", "is required to publish the profile")
                .add("displayName", "Display name: too long.");
        FormErrors labelled = ProfileForm.labelled(raw, EN);
        assertEquals("Time zone: is required to publish the profile.", labelled.get("timeZone"));
        assertEquals("Display name: too long.", labelled.get("displayName"), "already a sentence with its label");
        assertEquals("Missing or not right: Time zone, Display name.", ProfileForm.missing(labelled, EN));
        assertEquals("", ProfileForm.missing(FormErrors.none(), EN));
    }

    @Test
    void the_messages_are_in_the_pages_language() {
        FormErrors german = FormErrors.none();
        assertNull(form("en", List.of("by_pigeon"), "eighty", null, "many").toRequest(german, GAZETTEER, DE));
        assertEquals("Gesprächsformen: Wählen Sie online und/oder vor Ort.", german.get("sessionFormats"));
        assertEquals("Honorar: Schreiben Sie eine Zahl wie 80 oder 75,50.", german.get("feeAmount"));

        // The service's messages arrive in the page's language (FormErrors.of): the page names the field around them.
        FormErrors labelled = ProfileForm.labelled(FormErrors.none().add("timeZone", "est obligatoire pour publier le profil")
                .add("specialties", "au moins une valeur est obligatoire pour publier le profil"), FR);
        assertEquals("Fuseau horaire : est obligatoire pour publier le profil.", labelled.get("timeZone"));
        assertEquals("Manquant ou incorrect : Fuseau horaire, Spécialités.", ProfileForm.missing(labelled, FR));
        assertEquals("Ort: Wir kennen keine Stadt und keinen Ort dieses Namens; schreiben Sie ihn so, wie die Vorschläge ihn zeigen,"
                + " z. B. Berlin oder Frankfurt am Main.", ProfileForm.labelled(FormErrors.none().add("place",
                        DE.pf_err_place()), DE).get("place"), "a message that names its field already stays as it is");
    }
}

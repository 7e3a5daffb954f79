package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Profile texts in several languages (issue #18): the notes that name the language of a headline or bio written
 * in another language than the page's, and the profile form's block for the translations. Templates write
 * {@code {profiletr:key}}; texts in {@code messages/profiletr_<language>.properties}. A small bundle of its own
 * ({@link Msg} says why bundles stay small).
 */
@MessageBundle("profiletr")
public interface ProfileTextMsg {

    // ---- profile page and cards ------------------------------------------------------------------------------
    @Message
    String tr_written_in(String language);

    @Message
    String tr_translated_from(String language);

    // ---- the profile form's block ------------------------------------------------------------------------------
    @Message
    String tr_form_heading();

    @Message
    String tr_form_intro();

    @Message
    String tr_form_text_language();

    @Message
    String tr_form_text_language_hint();

    @Message
    String tr_form_legend(String language);

    @Message
    String tr_form_headline(String language);

    @Message
    String tr_form_bio(String language);

    @Message
    String tr_form_empty_hint();

    // ---- the form's errors, next to their fields --------------------------------------------------------------
    @Message
    String tr_error_text_language();

    @Message
    String tr_error_same_language(String language);

    @Message
    String tr_error_headline_too_long(String language, int max);

    @Message
    String tr_error_bio_too_long(String language, int max);

    @Message
    String tr_error_headline_missing(String language);

    @Message
    String tr_error_bio_missing(String language);

    @Message
    String tr_error_headline_without_original(String language);

    @Message
    String tr_error_bio_without_original(String language);
}

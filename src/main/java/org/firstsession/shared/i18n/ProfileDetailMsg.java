package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Problem details and field messages of specialist profiles, the directory, places, photos, accounts and privacy:
 * what the API's problems say ({@code detail}, {@code errors[].message}) and pages show, in
 * {@code messages/detail_profile_<language>.properties}. Code names a text with {@code Details} (e.g.
 * {@code Details.profile(m -> m.profile_never_published())}); {@code shared.error.ProblemLanguage} renders it in the
 * caller's language. English holds the API's original wording, word for word.
 */
@MessageBundle("detail_profile")
public interface ProfileDetailMsg {

    @Message
    String profile_never_published();

    @Message
    String profile_buffer_range();

    @Message
    String profile_owner_only();

    @Message
    String profile_required_to_publish();

    @Message
    String profile_one_required_to_publish();

    @Message
    String profile_incomplete();

    @Message
    String profile_photo_by_upload();

    @Message
    String profile_reduced_note_unavailable();

    @Message
    String profile_city_for_in_person();

    @Message
    String profile_exists();

    @Message
    String directory_approach_code();

    @Message
    String directory_language_code();

    @Message
    String directory_zero_or_more();

    @Message
    String directory_number();

    @Message
    String directory_currency_code();

    @Message
    String directory_currency_with_fee();

    @Message
    String directory_distance_needs_place();

    @Message
    String directory_near_or_coordinates();

    @Message
    String directory_needs_place();

    @Message
    String directory_country_for_online();

    @Message
    String directory_coordinate(int min, int max);

    @Message
    String search_unavailable();

    @Message
    String search_unreachable_outbox();

    @Message
    String search_unreachable_rebuild();

    @Message
    String search_no_index();

    @Message
    String photo_no_image();

    @Message
    String photo_too_many_bytes(long max);

    @Message
    String photo_not_readable();

    @Message
    String photo_too_large(int side);

    @Message
    String photo_too_small(int side);

    @Message
    String photo_no_profile();

    @Message
    String photo_media_type();

    @Message
    String account_time_zone_or_language();

    @Message
    String consent_required();

    @Message
    String consent_outdated(String version);

    @Message
    String consent_not_current();

    @Message
    String privacy_confirm_exactly(String word);

    @Message
    String directory_no_place();

    @Message
    String directory_no_place_in_country();

    @Message
    String profile_translation_language(String languages);

    @Message
    String profile_translation_is_text_language();

    @Message
    String profile_translation_required(String name);

    @Message
    String profile_translation_no_original(String name);
}
